/**
 * The self-check: notices a post that may have left without a pause. When the user presses a button we did
 * not take for a publish (or the shortcut in an editor we did not recognise) while the box they were writing
 * in holds text, and that box empties or goes away right after, the site most likely published it and
 * PostPause no longer understands this page. Counted for the toolbar popup, never any text. Nothing watches
 * the page: two timed looks at one element after such a press.
 */
import type { SiteProfile } from '../sites/types.ts';
import { after } from './timers.ts';

/** When to look again: sites clear or close a composer within a second or two of publishing. */
export const LOOKS_MS = [700, 2000];
/** Buttons that empty or close a composer without publishing it, in English and Dutch. */
const NOT_PUBLISH = /^(discard|cancel|delete|close|save|verwijderen|annuleren|sluiten|negeren|opslaan|weggooien)$/i;
const PRESSABLE = 'button, [role="button"], input[type="submit"]';

const hasText = (el: HTMLElement) => ((el as HTMLTextAreaElement).value ?? el.textContent ?? '').trim() !== '';

/** A labelled button that is not one of those that discard a draft: one that may publish. */
function mayPublish(path: EventTarget[]): boolean {
  const pressed = path.slice(0, 8).find((t): t is HTMLElement => t instanceof HTMLElement && t.matches(PRESSABLE));
  const label = (pressed?.textContent ?? '').trim();
  return label !== '' && !NOT_PUBLISH.test(label);
}

/** `onWriting` runs when the user focuses a box they can post from (the dialog loads then). */
export function installSelfCheck(site: SiteProfile, signal: AbortSignal, onWriting: () => void) {
  /** The box the user last wrote in (focused), unless it is a direct message. */
  let draft: HTMLElement | null = null;
  /** Bumped by every press: only the latest press is checked, and a miss counts once. */
  let press = 0;
  let missed = 0;
  /** Looks still to come, for the popup (and for tests to wait on, rather than on the clock). */
  let checking = 0;

  document.addEventListener('focusin', (event) => {
    const el = event.composedPath()[0];
    if (el instanceof HTMLElement && (el.isContentEditable || el instanceof HTMLTextAreaElement) && !el.closest(site.notPosts)) {
      draft = el;
      onWriting();
    }
  }, { capture: true, signal });

  return {
    missed: () => missed,
    checking: () => checking,
    /** A press (a click, or the publish shortcut), and whether it was taken for a publish (then it is ours). */
    pressed(event: Event, path: EventTarget[], caught: boolean) {
      const id = ++press;
      const watched = draft;
      if (caught || !event.isTrusted || !watched?.isConnected || !hasText(watched)) return;
      if (event.type === 'keydown' ? !path.includes(watched) : !mayPublish(path)) return;
      const at = location.href;
      for (const ms of LOOKS_MS) {
        checking++;
        after(ms, () => {
          checking--;
          // A later press, or the page navigated away: this one tells nothing.
          if (id !== press || location.href !== at) return;
          if (watched.isConnected && hasText(watched)) return;
          press++;
          missed++;
        }, signal);
      }
    },
  };
}
