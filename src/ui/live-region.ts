/**
 * Where a screen reader hears our notice ("Press Post again to publish"): a polite live region that exists
 * before the message does (a region created with its text is often not announced), placed inside the site's
 * open modal when there is one, since a modal hides everything outside it from the accessibility tree.
 */
import { LIVE_TAG } from './host-tag.ts';

export interface LiveRegion {
  say(text: string): void;
  remove(): void;
}

export function createLiveRegion(anchor: Element | undefined, lang: string, doc: Document = document): LiveRegion {
  const modal = anchor?.closest('dialog[open], [aria-modal="true"]');
  const host = doc.createElement(LIVE_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const region = doc.createElement('div');
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.lang = lang;
  // Seen by assistive technology only (the visible notice is ours, in the top layer).
  region.style.cssText = 'position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap';
  root.append(region);
  (modal ?? doc.documentElement).append(host);
  return {
    say(text) {
      region.textContent = text;
    },
    remove() {
      host.remove();
    },
  };
}
