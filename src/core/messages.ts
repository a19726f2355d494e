/**
 * Messages between our own parts, named by direction (CS = content script, BG = service worker,
 * UI = extension pages). Types only, plus the storage keys both sides read.
 */
export const PAGE_CONFIG_KEY = 'pageConfig';

export type CStoBG = { type: 'cs:get-config' };
