/**
 * Publishes once more what the user confirmed, the way they did it (a click on the button, or the
 * keyboard shortcut in the editor), and checks that the site took it.
 */
import type { DraftPart } from '../core/draft.ts';
import { currentButton, isDisabled, openDialogs, repostEntry, repostOpener } from '../sites/find-composer.ts';
import { readDraft } from '../sites/read-text.ts';
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

/** How long a repost menu opened again may take to show its entry. */
export const REOPEN_MS = 1000;

export const restoreFocus = (trigger: Trigger) => restoreCaret(trigger.editor, trigger.selection);

const delay = (ms: number, signal: AbortSignal) => new Promise<void>((resolve) => after(ms, resolve, signal));

/** Opens a repost menu again (it closed while the pause was open) and resolves with its entry, or null. */
async function reopenRepost(site: SiteProfile, composer: Composer, run: (press: () => void) => void, signal: AbortSignal): Promise<HTMLElement | null> {
  const opener = repostOpener(site, composer);
  if (!opener) return null;
  run(() => opener.click());
  for (let waited = 0; waited <= REOPEN_MS && !signal.aborted; waited += POLL_MS) {
    const entry = repostEntry(site, composer);
    if (entry) return entry;
    await delay(POLL_MS, signal);
  }
  return null;
}

/** What became of a replay: the site took it (perhaps into a sheet of its own, to be confirmed there), or ignored it. */
export interface ReplayOutcome {
  taken: boolean;
  /** The site's own sheet that opened on the replay (X's last-edit, alt-text, Promote, "Publish Article"). */
  sheet?: Element;
}

/**
 * Replays the publish through `run` (which marks it as ours) and resolves with whether the site took it
 * (nothing happened: some LinkedIn controls ignore untrusted clicks).
 */
export async function replay(
  site: SiteProfile,
  composer: Composer,
  trigger: Trigger,
  parts: DraftPart[],
  signal: AbortSignal,
  run: (publish: () => void) => void,
): Promise<ReplayOutcome> {
  const editor = trigger.editor;
  const style = site.styles.find((s) => s.id === composer.style);
  const dialogs = openDialogs(composer);
  if (trigger.kind === 'shortcut' && style?.replayShortcut === 'keydown' && editor?.isConnected) {
    restoreFocus(trigger);
    run(() => editor.dispatchEvent(new KeyboardEvent('keydown', { ...trigger.key, bubbles: true, cancelable: true, composed: true })));
  } else {
    // A repost menu that closed while the pause was open is opened again, so the repost is not lost.
    const button = currentButton(site, composer) ?? (await reopenRepost(site, composer, run, signal));
    // The composer went away while the dialog was open: there is nothing left to publish.
    if (!button) return { taken: true };
    run(() => button.click());
  }
  return taken(site, composer, parts, dialogs, signal);
}

/**
 * Signs that the site is publishing: the composer closed or cleared, its button went busy or away, or the
 * site opened a sheet of its own to confirm (X's alt-text nudge, last-edit and Promote sheets, "Publish
 * Article"): its confirm publishes, so that is the site's step, not an ignored replay.
 */
function outcome(site: SiteProfile, composer: Composer, parts: DraftPart[], dialogsBefore: Set<Element>): ReplayOutcome | null {
  const sheet = openDialogs(composer).find((dialog) => !dialogsBefore.has(dialog));
  if (sheet) return { taken: true, sheet };
  if (!composer.editors.every((el) => el.isConnected)) return { taken: true };
  const now = readDraft(composer);
  if (now.length !== parts.length || now.some((part, i) => part.text !== parts[i]!.text)) return { taken: true };
  const button = currentButton(site, composer);
  return !button || isDisabled(button) ? { taken: true } : null;
}

/** Resolves as soon as the site shows it took the publish; not taken after ACCEPT_WINDOW_MS without a sign. */
function taken(site: SiteProfile, composer: Composer, parts: DraftPart[], dialogs: Element[], signal: AbortSignal): Promise<ReplayOutcome> {
  const before = new Set(dialogs);
  return new Promise((resolve) => {
    let waited = 0;
    const check = () => {
      const seen = outcome(site, composer, parts, before);
      if (seen) return resolve(seen);
      if (waited >= ACCEPT_WINDOW_MS) return resolve({ taken: false });
      waited += POLL_MS;
      after(POLL_MS, check, signal);
    };
    check();
  });
}
