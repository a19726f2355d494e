/**
 * The pause dialog (Preact, its styles, the notice) is a module of its own, loaded from the extension when
 * the user starts writing, or at the latest on the first press: the script injected into every page stays
 * small, and a page only read pays nothing for the dialog. The module is web-accessible to the three hosts
 * only, at a per-session URL in Chrome so that no page can probe for it (see vite.config.ts).
 */
import { PAUSE_UI_FILE } from '../core/extension-ids.ts';
import { extensionApi } from './extension-api.ts';
import type { TopicFinding } from '../core/findings.ts';
import type { Messages } from '../core/i18n/messages.ts';
import type { PauseView, createPauseUi } from '../ui/pause-ui.tsx';

type PauseUi = ReturnType<typeof createPauseUi>;

export function lazyPauseUi(onWrongFlag: (topic: TopicFinding) => void) {
  let loading: Promise<PauseUi> | null = null;
  let ui: PauseUi | null = null;
  // Async throughout, so that a gone extension context (getURL throws) is a rejection like any other.
  const load = () =>
    (loading ??= (async () => {
      const module = (await import(/* @vite-ignore */ extensionApi()!.runtime.getURL(PAUSE_UI_FILE))) as { createPauseUi: typeof createPauseUi };
      return (ui = module.createPauseUi(onWrongFlag));
    })().catch((error: unknown) => {
      // The next press tries again; this one goes out unpaused (the interceptor fails open).
      loading = null;
      throw error;
    }));

  return {
    preload: () => void load().catch(() => {}),
    /** Loads the dialog and warms it up, for a first pause as fast as the later ones (called while the page is idle). */
    warm: (messages: Messages) => void load().then((loaded) => loaded.warm(messages), () => {}),
    ask: async (view: PauseView) => (await load()).ask(view),
    notify: (text: string) => void load().then((loaded) => loaded.notify(text), () => {}),
    remove: () => ui?.remove(),
  };
}
