// The publish record the tests read (tests/pages/README.md): `window.__pp_published` and `window.__pp_ready`.
import { showStatus } from './status.ts';

export type Via = 'click' | 'shortcut';
export interface Published<Surface extends string = string> {
  surface: Surface;
  texts: string[];
  via: Via;
  trusted: boolean;
}

const pageWindow = window as unknown as { __pp_published: Published[]; __pp_ready: boolean };
pageWindow.__pp_published = [];
pageWindow.__pp_ready = false;

/** A page's publish: records it and shows the status line `statusOf` gives for its surface. */
export function publisher<Surface extends string>(statusOf: (surface: Surface) => string): (record: Published<Surface>) => void {
  return (record) => {
    pageWindow.__pp_published.push(record);
    showStatus(statusOf(record.surface));
  };
}

export function markReady(): void {
  pageWindow.__pp_ready = true;
}
