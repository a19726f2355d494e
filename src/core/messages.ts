/**
 * Messages between our own parts, named by direction (CS = content script, BG = service worker,
 * UI = extension pages). Types only, plus the storage keys both sides read.
 */
/** The ready configuration the content scripts read (written by the service worker only). */
export const PAGE_CONFIG_KEY = 'pageConfig';
/** The settings in force, locked keys and problems, for our own pages (written by the service worker only). */
export const SETTINGS_STATE_KEY = 'settingsState';
/** The employee's own options (written by the options page, validated by the service worker). */
export const OPTIONS_KEY = 'options';

export type CStoBG = { type: 'cs:get-config' };
