/**
 * Catches a publish before the site sees it (capture phase, at the document, through shadow roots via
 * composedPath), asks, and replays it exactly once. Fails open: whatever goes wrong, the post goes out as
 * if PostPause were not there.
 */
import type { PageConfig } from '../core/policy/settings.ts';
import { shouldPause, type Analysis, type DraftContext } from '../core/analysis.ts';
import { textsOf, type DraftPart } from '../core/draft.ts';
import { composerFromEditor, composerFromPress, composerFromRepost, currentButton, isDisabled, repostOpenedBy } from '../sites/find-composer.ts';
import { readDraft } from '../sites/read-text.ts';
import type { Composer, Platform, SiteProfile } from '../sites/types.ts';
import { saveCaret } from './focus.ts';
import { inSheetOf, replay, restoreFocus, stillPending, type SheetsOf, type Trigger } from './replay.ts';
import { withTimeout } from './timers.ts';
import type { Choice } from '../core/protocol.ts';
import { SURFACE_SWITCH } from '../core/surfaces.ts';

/** A draft about to be published: where, what, and under which configuration. */
export interface PauseRequest {
  composer: Composer;
  parts: DraftPart[];
  config: PageConfig;
  analysis: Analysis;
}

export interface InterceptorDeps {
  site: SiteProfile;
  platform: Platform;
  /** The ready configuration, or null before it has loaded. */
  config: () => PageConfig | null;
  ready: () => Promise<PageConfig>;
  /** False once the extension was updated or removed under this page: then we step aside. */
  alive: () => boolean;
  /** The sensitive topics in a draft, by the code's matcher. */
  analyse: (config: PageConfig, parts: string[], context: DraftContext) => Analysis;
  /** Shows the pause and resolves with the user's choice. */
  ask: (request: PauseRequest) => Promise<Choice>;
  /** The site ignored our replay: ask the user to press Post again. */
  pressAgain: () => void;
  /** Every press that may publish (a click, the shortcut), and whether it was taken for a publish. */
  pressed: (event: Event, path: EventTarget[], caught: boolean) => void;
  /** Our own element in the page, whose events are never publishes. */
  isOurs: (path: EventTarget[]) => boolean;
  onStale: () => void;
}

/** How long the user has to press Post again after the site ignored our replay. */
export const ALLOWANCE_MS = 120_000;
/** How long a press made before the configuration loaded waits for it. */
export const CONFIG_WAIT_MS = 1500;

export function installInterceptor(deps: InterceptorDeps, signal: AbortSignal) {
  /** True while we replay a publish ourselves, so our own listener lets it through. */
  let replaying = false;
  /** Replays whose outcome (taken, or ignored: press again) is still being looked for. */
  let watching = 0;
  /** A pause is open: further presses are swallowed; never a second dialog or a second post. */
  let open = false;
  /** After an ignored replay, the next real press in this composer goes straight through. */
  let allowance: { root: Element; until: number } | null = null;
  /**
   * The caret of the editor the user last left. Editors drop their selection on blur (Draft.js clears it),
   * so a click on Post is too late to read it.
   */
  let lastCaret: ReturnType<typeof saveCaret> | null = null;
  /** What our last replay may have opened: a site's own sheet, whose confirm publishes what was paused (ours, not a miss). */
  let sheets: SheetsOf | null = null;
  /** The post whose repost menu the user opened last: its menu entry may repost it at once. */
  let repostMenu: ReturnType<typeof repostOpenedBy> = null;

  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  /** The request to ask about, or null when this publish goes through untouched. */
  const pauseFor = (composer: Composer, parts: DraftPart[], config: PageConfig): PauseRequest | null => {
    if (!config.enabled || !config.sites[composer.site]) return null;
    if (!config.surfaces[SURFACE_SWITCH[composer.surface]]) return null;
    const analysis = deps.analyse(config, textsOf(parts), { to: composer.to });
    return shouldPause(config.mode, analysis) ? { composer, parts, config, analysis } : null;
  };

  const usesAllowance = (composer: Composer, event: Event) => {
    if (!allowance) return false;
    if (Date.now() > allowance.until || !allowance.root.isConnected) allowance = null;
    else if (allowance.root === composer.root && event.isTrusted) {
      allowance = null;
      return true;
    }
    return false;
  };

  /** Decides synchronously, inside the event, whether to stop it. */
  const onPublish = (event: Event, composer: Composer, trigger: Trigger) => {
    if (open) return swallow(event);
    if (usesAllowance(composer, event) || isDisabled(composer.button)) return;
    const parts = readDraft(composer);
    if (parts.every((part) => part.text.trim() === '')) return;
    const config = deps.config();
    const request = config && pauseFor(composer, parts, config);
    if (config && !request) return;
    swallow(event);
    open = true;
    void decide(composer, parts, request, trigger);
  };

  const decide = async (composer: Composer, parts: DraftPart[], known: PauseRequest | null, trigger: Trigger) => {
    let choice: Choice = 'post';
    try {
      // Pressed before the configuration loaded: wait for it, then decide as usual.
      const request = known ?? pauseFor(composer, parts, await withTimeout(deps.ready(), CONFIG_WAIT_MS, signal));
      if (request) choice = await deps.ask(request);
    } catch {
      // Our own code failed, or no configuration came: the post goes out as if we were not there.
    } finally {
      open = false;
    }
    if (signal.aborted) return;
    if (choice === 'edit') return restoreFocus(trigger);
    watching++;
    const run = (publish: () => void) => {
      replaying = true;
      try {
        publish();
      } finally {
        replaying = false;
      }
    };
    const taken = await replay(deps.site, composer, trigger, parts, signal, run, (opened) => (sheets = opened)).finally(() => watching--);
    if (!taken && !signal.aborted) {
      allowance = { root: composer.root, until: Date.now() + ALLOWANCE_MS };
      // Focus goes to the button the user must press, not to the page.
      currentButton(deps.site, composer)?.focus({ preventScroll: true });
      deps.pressAgain();
    }
  };

  const guard = (handler: (event: Event, path: EventTarget[]) => void) => (event: Event) => {
    if (replaying) return;
    if (!deps.alive()) return deps.onStale();
    try {
      const path = event.composedPath();
      if (!deps.isOurs(path)) handler(event, path);
    } catch {
      // Fail open: an error of ours never stops the site's own handling of the event.
    }
  };

  const clickTrigger = (composer: Composer): Trigger => {
    const caret = lastCaret?.editor && composer.editors.includes(lastCaret.editor) ? lastCaret : saveCaret(composer.editors);
    return { kind: 'click', ...caret };
  };

  const onClick = guard((event, path) => {
    const opened = repostOpenedBy(deps.site, path);
    if (opened) repostMenu = opened;
    const composer = composerFromPress(deps.site, path) ?? composerFromRepost(deps.site, path, repostMenu);
    // Once the paused draft went out (or away), no dialog is that replay's sheet any more: nothing left to look at.
    if (sheets && !stillPending(sheets)) sheets = null;
    // A press in a sheet our replay opened is the site's own next step, also before the replay's outcome is known.
    const inSheet = watching > 0 || (sheets !== null && inSheetOf(sheets, path));
    deps.pressed(event, path, composer !== null || inSheet);
    if (composer) onPublish(event, composer, clickTrigger(composer));
  });

  const onFocusOut = guard((_, path) => {
    const editor = path[0];
    if (editor instanceof HTMLElement && editor.isContentEditable) lastCaret = saveCaret([editor]);
  });

  const onKeyDown = guard((event, path) => {
    const key = event as KeyboardEvent;
    if (deps.site.shortcut(key, deps.platform)) {
      const composer = composerFromEditor(deps.site, path);
      deps.pressed(event, path, composer !== null);
      if (composer) return onPublish(event, composer, shortcutTrigger(composer, key, path));
    }
    if ((key.key === 'Enter' || key.key === ' ') && !key.ctrlKey && !key.metaKey && !key.altKey) {
      // Enter or Space on a focused Post button: the browser would turn it into a click.
      const composer = composerFromPress(deps.site, path.slice(0, 1));
      if (composer) onPublish(event, composer, clickTrigger(composer));
    }
  });

  const options = { capture: true, signal };
  document.addEventListener('click', onClick, options);
  // No work per keystroke: only Enter and Space can publish, and never while an IME is composing.
  document.addEventListener('keydown', (event) => {
    if ((event.key === 'Enter' || event.key === ' ') && !event.isComposing && event.keyCode !== 229) onKeyDown(event);
  }, options);
  document.addEventListener('focusout', onFocusOut, options);
  return {
    /** Whether a pause is open or a replay's outcome still being looked for: for the status, and tests that wait on it. */
    busy: () => open || watching > 0,
  };
}

function shortcutTrigger(composer: Composer, event: KeyboardEvent, path: EventTarget[]): Trigger {
  const focused = composer.editors.find((el) => path.includes(el));
  const { key, code, ctrlKey, metaKey, shiftKey, altKey } = event;
  return { kind: 'shortcut', ...saveCaret(focused ? [focused] : composer.editors), key: { key, code, ctrlKey, metaKey, shiftKey, altKey } };
}
