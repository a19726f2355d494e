/**
 * How our own parts talk: the runtime messages, named by direction (CS = content script, BG = service worker,
 * UI = extension pages), and every storage key. Types and names only.
 */
import type { SiteId } from './sites.ts';

/** The ready configuration the content scripts read (written by the service worker only). */
export const PAGE_CONFIG_KEY = 'pageConfig';
/** The settings in force, locked keys and problems, for our own pages (written by the service worker only). */
export const SETTINGS_STATE_KEY = 'settingsState';
/** The employee's own options (written by the options page, validated by the service worker). */
export const OPTIONS_KEY = 'options';
/** The employee's own reflection: counts only, on this device (written by the service worker only). */
export const REFLECTION_KEY = 'reflection';
/**
 * The day (YYYY-MM-DD, local) each site last showed a full unflagged pause, so later unflagged pauses that day
 * are short (written by the service worker only).
 */
export const CALM_SEEN_KEY = 'calmSeen';
/** The last managed policy seen, used while managed storage is slow to answer at a cold start. */
export const MANAGED_CACHE_KEY = 'managedCache';

/** What the employee chose in a pause: keep editing, or post anyway. */
export type Choice = 'edit' | 'post';

export type CStoBG =
  | { type: 'cs:get-config' }
  /** A pause ended: where, which topics were found, and what the user chose. Never the text. */
  | { type: 'cs:paused'; site: SiteId; topics: string[]; choice: Choice }
  /** The user said a topic was flagged wrongly: the code's keywords that matched. Never the text. */
  | { type: 'cs:wrong-flag'; topic: string; keywords: string[] };

export type UItoBG = { type: 'ui:reset-reflection' };

/** The toolbar popup asks the content script of the active tab how it is doing. */
export type UItoCS = { type: 'ui:status' };

/**
 * The content script's answer: whether it pauses here, the markup styles it recognises on the page, the
 * composers it finds now (with the rules that found them), the posts that may have left unpaused, how
 * many presses the self-check is still looking at, and whether a pause or a replay is under way.
 */
export interface PageStatus {
  site: SiteId;
  active: boolean;
  styles: string[];
  composers: { style: string; surface: string; button: string; editor: string }[];
  missed: number;
  checking: number;
  /** A pause is open, or the outcome of a replayed publish is still being looked for. */
  busy: boolean;
}
