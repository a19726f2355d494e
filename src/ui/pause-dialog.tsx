/**
 * The pause: the question, the draft, the reminder that others read along, and two buttons. It shows what
 * it is given and reports the user's choice; it decides nothing else.
 */
import { Component, createRef } from 'preact';
import type { Messages } from '../core/i18n/messages.ts';
import { format } from '../core/i18n/messages.ts';
import { DraftPreview, type Highlight } from './draft-preview.tsx';
import { Findings } from './findings.tsx';
import type { TopicFinding } from '../core/findings.ts';
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
}

const trusted = (event: Event) => event.isTrusted;

const FOCUSABLE = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

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
    this.keepEditing.current?.focus();
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
      // Keep focus inside the dialog.
      const dialog = this.dialog.current;
      const items = [...(dialog?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
      const first = items[0];
      const last = items[items.length - 1];
      const active = (dialog?.getRootNode() as ShadowRoot | Document | undefined)?.activeElement;
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

  render() {
    const { t, question, companyName, parts, highlights, topics, reminder, codeUrl, onWrongFlag, repost = false, isUserInput = trusted } = this.props;
    const { remaining } = this.state;
    const flagged = topics.length > 0;
    const locked = remaining > 0;
    return (
      <dialog
        ref={this.dialog}
        class={flagged ? 'pp-dialog pp-flagged' : 'pp-dialog'}
        role="dialog"
        aria-modal={this.props.inline ? undefined : 'true'}
        open={this.props.inline || undefined}
        aria-labelledby="pp-question"
        aria-describedby={flagged ? 'pp-findings pp-reminder' : 'pp-reminder'}
        onKeyDown={this.onKeyDown}
        // The native Escape handling closes the dialog by itself; we close it through the choice instead.
        onCancel={(event) => event.preventDefault()}
      >
        <h2 id="pp-question">{question}</h2>
        <p class="pp-muted pp-label">{repost ? t.repostedLabel : t.draftLabel}</p>
        <DraftPreview t={t} parts={parts} highlights={highlights} />
        {flagged && <Findings t={t} topics={topics} onWrongFlag={(topic, event) => isUserInput(event) && (onWrongFlag(topic), true)} />}
        <div id="pp-reminder" class="pp-reminder">
          <p>{reminder}</p>
          <p>{companyName ? format(t.profileCompany, { company: companyName }) : t.profileNoCompany}</p>
        </div>
        {codeUrl && (
          <p class="pp-code">
            <a href={codeUrl} target="_blank" rel="noopener noreferrer">{t.readCode}</a>
          </p>
        )}
        <p class="pp-muted pp-decide">{t.youDecide}</p>
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
        </div>
        <p id="pp-countdown" class="pp-muted pp-countdown" data-testid="pp-countdown" aria-hidden={!locked} hidden={!locked}>
          {format(t.countdown, { n: remaining })}
        </p>
      </dialog>
    );
  }
}
