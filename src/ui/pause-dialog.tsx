/**
 * The pause: the question, the draft, the reminder that others read along, and two buttons. It shows what
 * it is given and reports the user's choice; it decides nothing else.
 */
import { Component, createRef } from 'preact';
import type { Messages } from '../core/i18n/messages.ts';
import { format } from '../core/i18n/messages.ts';
import { DraftPreview, type Highlight } from './draft-preview.tsx';
import { AudienceNotes, DisclosureNote, Findings } from './findings.tsx';
import type { AudienceNote, TopicFinding } from '../core/findings.ts';
import type { Choice } from '../core/protocol.ts';
import type { DraftPart } from '../core/draft.ts';

export interface PauseDialogProps {
  t: Messages;
  question: string;
  companyName: string;
  parts: DraftPart[];
  highlights: Highlight[];
  /** A repost: the draft is someone else's post, and the buttons say so. */
  repost?: boolean;
  /** Sensitive topics found in the draft; none when nothing was found. */
  topics: TopicFinding[];
  /** Listed accounts the draft goes to or mentions (clients, journalists…). */
  audience?: AudienceNote[];
  /** The employer's brand named without the tie said, and what the employee could add. */
  disclosure?: { brand: string; suggestion: string } | null;
  /** This pause's wording of the reminder that others read along. */
  reminder: string;
  /** The employer's full code, linked from the dialog when known. */
  codeUrl: string;
  onWrongFlag: (topic: TopicFinding) => void;
  pauseSeconds: number;
  onChoice: (choice: Choice) => void;
  /** Only real user input may decide (a page script could forge clicks); tests of the component may widen it. */
  isUserInput?: (event: Event) => boolean;
  /**
   * Shown in place rather than as the modal pause: not in the top layer, no focus taken, no countdown (the
   * communications team's preview of what an employee will see, and the warm-up render before a first pause).
   */
  inline?: boolean;
  /**
   * The short pause for an unflagged draft once the employee has seen the full one today: the question, the
   * reminder and the two buttons. A flagged draft always gets the full dialog.
   */
  compact?: boolean;
}

const trusted = (event: Event) => event.isTrusted;

const CANDIDATES = 'button, a[href], summary, input, select, textarea, [tabindex]';

/**
 * What Tab can reach in the dialog now: enabled, not hidden, not inside a closed <details> (its <summary>
 * excepted), in document order. Computed at each Tab, since the findings open and close.
 */
export function focusables(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(CANDIDATES)].filter((el) => {
    if ((el as HTMLButtonElement).disabled || el.getAttribute('tabindex') === '-1' || el.closest('[hidden]')) return false;
    const closed = el.closest('details:not([open])');
    return !closed || (el.localName === 'summary' && el.parentElement === closed);
  });
}

/**
 * A class component: the content script carries no hooks runtime, which keeps what is injected into every
 * page small (see the size budget in the bench).
 */
export class PauseDialog extends Component<PauseDialogProps, { remaining: number }> {
  private dialog = createRef<HTMLDialogElement>();
  private keepEditing = createRef<HTMLButtonElement>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private decided = false;

  constructor(props: PauseDialogProps) {
    super(props);
    this.state = { remaining: props.inline ? 0 : Math.max(0, Math.ceil(props.pauseSeconds)) };
  }

  /** Runs right after the first render, in the same task as the press: the dialog opens without a frame's delay. */
  componentDidMount() {
    if (this.props.inline) return;
    const el = this.dialog.current;
    // jsdom has no showModal; real browsers put the dialog in the top layer, above the sites' own modals.
    if (el && !el.open) {
      if (typeof el.showModal === 'function') el.showModal();
      else el.setAttribute('open', '');
    }
    // Open at the top, with the question in view: focusing the button must not scroll to it (at 200% zoom).
    this.keepEditing.current?.focus({ preventScroll: true });
    if (el) el.scrollTop = 0;
    if (this.state.remaining > 0) {
      // Counted from a deadline, so a throttled timer (a background tab) cannot stretch the pause.
      const end = Date.now() + this.state.remaining * 1000;
      this.timer = setInterval(() => {
        const remaining = Math.max(0, Math.ceil((end - Date.now()) / 1000));
        this.setState({ remaining });
        if (remaining === 0) clearInterval(this.timer);
      }, 200);
    }
  }

  componentWillUnmount() {
    clearInterval(this.timer);
  }

  private decide(choice: Choice) {
    if (this.decided) return;
    this.decided = true;
    this.props.onChoice(choice);
  }

  private onKeyDown = (event: KeyboardEvent) => {
    const isUserInput = this.props.isUserInput ?? trusted;
    // Keys typed in our dialog are ours: the site must not act on them (X closes its composer on Escape).
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      if (isUserInput(event)) this.decide('edit');
    } else if (event.key === 'Tab') {
      // Keep focus inside the dialog, both ways, whatever opened or closed since the last Tab.
      const dialog = this.dialog.current;
      if (!dialog) return;
      const items = focusables(dialog);
      const active = (dialog.getRootNode() as ShadowRoot | Document).activeElement as HTMLElement | null;
      const at = active ? items.indexOf(active) : -1;
      if (items.length === 0) return;
      if (event.shiftKey && at <= 0) {
        event.preventDefault();
        items[items.length - 1]!.focus();
      } else if (!event.shiftKey && (at === -1 || at === items.length - 1)) {
        event.preventDefault();
        items[0]!.focus();
      }
    }
  };

  render() {
    const { t, question, companyName, parts, highlights, topics, reminder, codeUrl, onWrongFlag, repost = false, isUserInput = trusted } = this.props;
    const { audience = [], disclosure = null } = this.props;
    const { remaining } = this.state;
    const flagged = topics.length > 0 || audience.length > 0;
    const compact = Boolean(this.props.compact) && !flagged && !disclosure;
    const locked = remaining > 0;
    // Described by what the employee must weigh: the findings' intro and the topics' names (not the whole box), and the reminder.
    const describedBy = [
      ...audience.map((_, i) => `pp-audience-${i}`),
      ...(topics.length > 0 ? ['pp-findings-intro', ...topics.map((_, i) => `pp-topic-${i}`)] : []),
      ...(disclosure ? ['pp-disclosure-text'] : []),
      'pp-reminder',
    ].join(' ');
    return (
      <dialog
        ref={this.dialog}
        lang={t.lang}
        class={['pp-dialog', flagged && 'pp-flagged', compact && 'pp-compact'].filter(Boolean).join(' ')}
        role="dialog"
        aria-modal={this.props.inline ? undefined : 'true'}
        open={this.props.inline || undefined}
        aria-labelledby="pp-question"
        aria-describedby={describedBy}
        onKeyDown={this.onKeyDown}
        // Escape (or the browser's own close request) is "keep editing", even when focus has left our buttons.
        onCancel={(event) => {
          event.preventDefault();
          if (isUserInput(event)) this.decide('edit');
        }}
      >
        <div class="pp-body">
          <h2 id="pp-question">{question}</h2>
          {!compact && (
            <>
              <p class="pp-muted pp-label">{repost ? t.repostedLabel : t.draftLabel}</p>
              <DraftPreview t={t} parts={parts} highlights={highlights} />
              {audience.length > 0 && <AudienceNotes t={t} notes={audience} />}
              {topics.length > 0 && <Findings t={t} topics={topics} onWrongFlag={(topic, event) => isUserInput(event) && (onWrongFlag(topic), true)} />}
              {disclosure && <DisclosureNote t={t} brand={disclosure.brand} suggestion={disclosure.suggestion} isUserInput={isUserInput} />}
            </>
          )}
          <div id="pp-reminder" class="pp-reminder">
            <p>{reminder}</p>
            {!compact && <p>{companyName ? format(t.profileCompany, { company: companyName }) : t.profileNoCompany}</p>}
          </div>
          {codeUrl && !compact && (
            <p class="pp-code">
              <a href={codeUrl} target="_blank" rel="noopener noreferrer">{t.readCode}</a>
            </p>
          )}
          {!compact && <p class="pp-decide">{t.youDecide}</p>}
        </div>
        <div class="pp-actions">
          <button
            ref={this.keepEditing}
            type="button"
            class="pp-primary"
            data-testid="pp-keep-editing"
            onClick={(event) => isUserInput(event) && this.decide('edit')}
          >
            {repost ? t.dontRepost : t.keepEditing}
          </button>
          <button
            type="button"
            data-testid="pp-post-anyway"
            disabled={locked}
            aria-describedby={locked ? 'pp-countdown' : undefined}
            onClick={(event) => !locked && isUserInput(event) && this.decide('post')}
          >
            {repost ? t.repostAnyway : t.postAnyway}
          </button>
          <p id="pp-countdown" class="pp-muted pp-countdown" data-testid="pp-countdown" aria-hidden={!locked} hidden={!locked}>
            {remaining === 1 ? t.countdownOne : format(t.countdown, { n: remaining })}
          </p>
        </div>
      </dialog>
    );
  }
}
