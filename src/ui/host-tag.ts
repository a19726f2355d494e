/** The tag of our own element in the page; apart from host.ts so that the injected script need not bundle Preact to know it. */
export const HOST_TAG = 'postpause-root';
