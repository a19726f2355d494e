/**
 * Topics with a season: `when: [{ from, until }]`, inclusive. `MM-DD` dates repeat every year (a window may
 * wrap the year end: 12-15 to 01-06); `YYYY-MM-DD` dates hold once. A topic with no windows is always on.
 */
export interface Window {
  from: string;
  until: string;
}

export const YEARLY = /^\d{2}-\d{2}$/;
export const ONCE = /^\d{4}-\d{2}-\d{2}$/;

const pad = (n: number) => String(n).padStart(2, '0');
/** The local calendar date of `at`, as YYYY-MM-DD. */
export const isoDay = (at: Date) => `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;

/** A date that exists in some year (02-29 does, in leap years); for the validator. */
export function isCalendarDate(value: string): boolean {
  const full = YEARLY.test(value) ? `2024-${value}` : value;
  if (!ONCE.test(full)) return false;
  const [y, m, d] = full.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function inWindow(window: Window, day: string): boolean {
  if (ONCE.test(window.from)) return window.from <= day && day <= window.until;
  const md = day.slice(5);
  return window.from <= window.until ? window.from <= md && md <= window.until : md >= window.from || md <= window.until;
}

export function activeOn(windows: readonly Window[] | undefined, at: Date): boolean {
  if (!windows || windows.length === 0) return true;
  const day = isoDay(at);
  return windows.some((window) => inWindow(window, day));
}

/**
 * The last day of the window `at` falls in (YYYY-MM-DD), for "active until 6 December"; or the first day of
 * the next window ("active from …"), or null when none is coming.
 */
export function seasonAt(windows: readonly Window[] | undefined, at: Date): { activeUntil: string } | { nextFrom: string } | null {
  if (!windows || windows.length === 0) return null;
  const day = isoDay(at);
  const year = at.getFullYear();
  const dated = (md: string, y: number) => `${y}-${md}`;
  for (const window of windows) {
    if (!inWindow(window, day)) continue;
    if (ONCE.test(window.until)) return { activeUntil: window.until };
    const wraps = window.from > window.until && day.slice(5) >= window.from;
    return { activeUntil: dated(window.until, wraps ? year + 1 : year) };
  }
  const starts = windows
    .map((window) => (ONCE.test(window.from) ? window.from : dated(window.from, day.slice(5) <= window.from ? year : year + 1)))
    .filter((from) => from > day)
    .sort();
  return starts[0] ? { nextFrom: starts[0] } : null;
}
