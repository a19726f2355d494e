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

/**
 * The dialogs open before a replay. One open later, while the composer still holds what was paused, is a sheet the
 * replay opened, however late the site draws it (React may draw X's sheet after another sign, such as a busy
 * button, already told the replay was taken).
 */
export interface SheetsOf {
  composer: Composer;
  parts: DraftPart[];
  before: Set<Element>;
}

const holds = (composer: Composer, parts: DraftPart[]) => {
  if (!composer.editors.every((el) => el.isConnected)) return false;
  const now = readDraft(composer);
  return now.length === parts.length && now.every((part, i) => part.text === parts[i]!.text);
};

/** Whether the record still means something: its composer still holds the draft the replay paused. */
export const stillPending = (sheets: SheetsOf) => holds(sheets.composer, sheets.parts);

/** Whether a press is inside a dialog that opened since the replay `sheets` records. */
export function inSheetOf(sheets: SheetsOf, path: EventTarget[]): boolean {
  const opened = openDialogs(sheets.composer).filter((dialog) => !sheets.before.has(dialog));
  return opened.length > 0 && path.some((target) => target instanceof Element && opened.includes(target));
}

/**
 * Replays the publish through `run` (which marks it as ours) and resolves with whether the site took it, perhaps
 * into a sheet of its own to be confirmed there (false: nothing happened; some LinkedIn controls ignore untrusted
 * clicks). `onSheets` learns which dialogs were open before, so a later press in a new one is known as that sheet's.
 */
export async function replay(
  site: SiteProfile,
  composer: Composer,
  trigger: Trigger,
  parts: DraftPart[],
  signal: AbortSignal,
  run: (publish: () => void) => void,
  onSheets: (sheets: SheetsOf) => void,
): Promise<boolean> {
  const editor = trigger.editor;
  const style = site.styles.find((s) => s.id === composer.style);
  const before = new Set(openDialogs(composer));
  onSheets({ composer, parts, before });
  if (trigger.kind === 'shortcut' && style?.replayShortcut === 'keydown' && editor?.isConnected) {
    restoreFocus(trigger);
    run(() => editor.dispatchEvent(new KeyboardEvent('keydown', { ...trigger.key, bubbles: true, cancelable: true, composed: true })));
  } else {
    // A repost menu that closed while the pause was open is opened again, so the repost is not lost.
    const button = currentButton(site, composer) ?? (await reopenRepost(site, composer, run, signal));
    // The composer went away while the dialog was open: there is nothing left to publish.
    if (!button) return true;
    run(() => button.click());
  }
  return taken(site, composer, parts, before, signal);
}

/**
 * Signs that the site is publishing: the composer closed or cleared, its button went busy or away, or the
 * site opened a sheet of its own to confirm (X's alt-text nudge, last-edit and Promote sheets, "Publish
 * Article"): its confirm publishes, so that is the site's step, not an ignored replay.
 */
function wasTaken(site: SiteProfile, composer: Composer, parts: DraftPart[], before: Set<Element>): boolean {
  if (openDialogs(composer).some((dialog) => !before.has(dialog)) || !holds(composer, parts)) return true;
  const button = currentButton(site, composer);
  return !button || isDisabled(button);
}

/** Resolves as soon as the site shows it took the publish; not taken after ACCEPT_WINDOW_MS without a sign. */
function taken(site: SiteProfile, composer: Composer, parts: DraftPart[], before: Set<Element>, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    let waited = 0;
    const check = () => {
      if (wasTaken(site, composer, parts, before)) return resolve(true);
      if (waited >= ACCEPT_WINDOW_MS) return resolve(false);
      waited += POLL_MS;
      after(POLL_MS, check, signal);
    };
    check();
  });
}
