/**
 * Publishes once more what the user confirmed, the way they did it (a click on the button, or the
 * keyboard shortcut in the editor), and checks that the site took it.
 */
import { currentButton, isDisabled } from '../sites/find-composer.ts';
import { readEditorText } from '../sites/read-text.ts';
import type { Composer, SiteProfile } from '../sites/types.ts';
import { restoreCaret, type SavedSelection } from './focus.ts';
import { after } from './timers.ts';

export interface Trigger {
  kind: 'click' | 'shortcut';
  /** The editor to return to, with the caret as it was. */
  editor: HTMLElement | null;
  selection: SavedSelection | null;
  /** For a shortcut: the keys pressed. */
  key?: KeyboardEventInit;
}

/** How long the site has to show it took the publish (cleared, closed or busy) before we ask to press again. */
export const ACCEPT_WINDOW_MS = 1500;
const POLL_MS = 50;

export const restoreFocus = (trigger: Trigger) => restoreCaret(trigger.editor, trigger.selection);

/**
 * Replays the publish through `run` (which marks it as ours) and resolves true when the site took it,
 * false when nothing happened (some LinkedIn controls ignore untrusted clicks).
 */
export async function replay(
  site: SiteProfile,
  composer: Composer,
  trigger: Trigger,
  parts: string[],
  signal: AbortSignal,
  run: (publish: () => void) => void,
): Promise<boolean> {
  const editor = trigger.editor;
  const style = site.styles.find((s) => s.id === composer.style);
  if (trigger.kind === 'shortcut' && style?.replayShortcut === 'keydown' && editor?.isConnected) {
    restoreFocus(trigger);
    run(() => editor.dispatchEvent(new KeyboardEvent('keydown', { ...trigger.key, bubbles: true, cancelable: true, composed: true })));
  } else {
    const button = currentButton(site, composer);
    // The composer went away while the dialog was open: there is nothing left to publish.
    if (!button) return true;
    run(() => button.click());
  }
  return taken(site, composer, parts, signal);
}

/** Signs that the site is publishing: the composer closed or cleared, or its button went busy or away. */
function isTaken(site: SiteProfile, composer: Composer, parts: string[]): boolean {
  if (!composer.editors.every((el) => el.isConnected)) return true;
  if (composer.editors.some((el, i) => readEditorText(el) !== parts[i])) return true;
  const button = currentButton(site, composer);
  return !button || isDisabled(button);
}

/** Resolves true as soon as the site shows it took the publish, false after ACCEPT_WINDOW_MS without a sign. */
function taken(site: SiteProfile, composer: Composer, parts: string[], signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    let waited = 0;
    const check = () => {
      if (isTaken(site, composer, parts)) return resolve(true);
      if (waited >= ACCEPT_WINDOW_MS) return resolve(false);
      waited += POLL_MS;
      after(POLL_MS, check, signal);
    };
    check();
  });
}
