/**
 * The tags of our own elements in the page; apart from host.ts so that the injected script need not bundle
 * Preact to know them (events on them are never publishes).
 */
export const HOST_TAG = 'postpause-root';
export const LIVE_TAG = 'postpause-live';
export const OUR_TAGS: readonly string[] = [HOST_TAG, LIVE_TAG];
