/**
 * The pause: the question, the draft, the reminder that others read along, and two buttons. It shows what
 * it is given and reports the user's choice; it decides nothing else.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Messages } from '../core/i18n/messages.ts';
import { format } from '../core/i18n/messages.ts';
import { DraftPreview, type Highlight } from './draft-preview.tsx';

export type Decision = 'post' | 'edit';

export interface PauseDialogProps {
  t: Messages;
  question: string;
  companyName: string;
  parts: string[];
  highlights: Highlight[];
  pauseSeconds: number;
  onDecision: (decision: Decision) => void;
  /** Only real user input may decide (a page script could forge clicks); tests of the component may widen it. */
  isUserInput?: (event: Event) => boolean;
}

const trusted = (event: Event) => event.isTrusted;

const FOCUSABLE = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export function PauseDialog(props: PauseDialogProps) {
  const { t, question, companyName, parts, highlights, pauseSeconds, onDecision, isUserInput = trusted } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const keepEditing = useRef<HTMLButtonElement>(null);
  const [remaining, setRemaining] = useState(Math.max(0, Math.ceil(pauseSeconds)));
  const decided = useRef(false);

  const decide = (decision: Decision) => {
    if (decided.current) return;
    decided.current = true;
    onDecision(decision);
  };

  // Layout effect: the dialog opens in the same task as the press, not a frame later.
  useLayoutEffect(() => {
    const el = dialog.current;
    // jsdom has no showModal; real browsers put the dialog in the top layer, above the sites' own modals.
    if (el && !el.open) {
      if (typeof el.showModal === 'function') el.showModal();
      else el.setAttribute('open', '');
    }
    keepEditing.current?.focus();
  }, []);

  useEffect(() => {
    if (remaining <= 0) return;
    // Counted from a deadline, so a throttled timer (a background tab) cannot stretch the pause.
    const end = Date.now() + remaining * 1000;
    const timer = setInterval(() => {
      const left = Math.max(0, Math.ceil((end - Date.now()) / 1000));
      setRemaining(left);
      if (left === 0) clearInterval(timer);
    }, 200);
    return () => clearInterval(timer);
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys typed in our dialog are ours: the site must not act on them (X closes its composer on Escape).
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      if (isUserInput(event)) decide('edit');
    } else if (event.key === 'Tab') {
      // Keep focus inside the dialog.
      const items = [...(dialog.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
      const first = items[0];
      const last = items[items.length - 1];
      const active = (dialog.current?.getRootNode() as ShadowRoot | Document).activeElement;
      if (!first || !last) return;
      if (event.shiftKey && active === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first.focus();
      }
    }
  };

  const locked = remaining > 0;
  return (
    <dialog
      ref={dialog}
      class="pp-dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby="pp-question"
      aria-describedby="pp-reminder"
      onKeyDown={onKeyDown}
      // The native Escape handling closes the dialog by itself; we close it through the decision instead.
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id="pp-question" class="pp-question">{question}</h2>
      <p class="pp-label">{t.draftLabel}</p>
      <DraftPreview t={t} parts={parts} highlights={highlights} />
      <div class="pp-findings" data-testid="pp-findings" hidden />
      <div id="pp-reminder" class="pp-reminder">
        <p>{t.readAlong}</p>
        <p>{companyName ? format(t.profileCompany, { company: companyName }) : t.profileNoCompany}</p>
      </div>
      <p class="pp-decide">{t.youDecide}</p>
      <div class="pp-actions">
        <button
          ref={keepEditing}
          type="button"
          class="pp-button pp-primary"
          data-testid="pp-keep-editing"
          onClick={(event) => isUserInput(event) && decide('edit')}
        >
          {t.keepEditing}
        </button>
        <button
          type="button"
          class="pp-button"
          data-testid="pp-post-anyway"
          disabled={locked}
          aria-describedby={locked ? 'pp-countdown' : undefined}
          onClick={(event) => !locked && isUserInput(event) && decide('post')}
        >
          {t.postAnyway}
        </button>
      </div>
      <p id="pp-countdown" class="pp-countdown" data-testid="pp-countdown" aria-hidden={!locked} hidden={!locked}>
        {format(t.countdown, { n: remaining })}
      </p>
    </dialog>
  );
}
