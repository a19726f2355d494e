/**
 * The extension API in the content script. Chrome (144+) and Firefox both provide the Promise-based
 * `browser` namespace, and Chrome's MV3 `chrome.*` returns Promises for what we use, so the
 * webextension-polyfill (3 KB gzip) stays out of what is injected into every page; its types stay.
 */
import type Browser from 'webextension-polyfill';

type Api = typeof Browser;

const globals = globalThis as unknown as { browser?: Api; chrome?: Api };

/** The API, or undefined once the extension was updated or removed under this page (context invalidated). */
export function extensionApi(): Api | undefined {
  try {
    const api = globals.browser?.runtime?.id ? globals.browser : globals.chrome;
    return api?.runtime?.id ? api : undefined;
  } catch {
    return undefined;
  }
}

/** Adds an extension event listener that goes with the page's signal (and quietly, when the context is gone). */
export function listen<L>(event: { addListener(l: L): void; removeListener(l: L): void }, listener: L, signal: AbortSignal) {
  event.addListener(listener);
  signal.addEventListener('abort', () => {
    try {
      event.removeListener(listener);
    } catch {
      // The extension context is gone, and the listener with it.
    }
  });
}
