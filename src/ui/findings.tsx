/** What was found in the draft, by topic: the code's label, the words that matched, and why (the guidance). */
import { Component, createRef } from 'preact';
import type { AudienceNote, TopicFinding } from '../core/findings.ts';
import { format, type Messages } from '../core/i18n/messages.ts';

const quoted = (words: string[]) => words.map((w) => `“${w}”`).join(', ');

/** The matched words, each with what stood near it where that is why it counted: “tender” near “€ 2,4 mln”. */
const found = (t: Messages, topic: TopicFinding) =>
  topic.matches.map((word) => (topic.near?.[word] ? format(t.foundNear, { word: `“${word}”`, near: `“${topic.near[word]}”` }) : `“${word}”`)).join(', ');

interface Props {
  t: Messages;
  topics: TopicFinding[];
  /**
   * The user says a topic was flagged wrongly (counted on the device, per keyword; never the text). Without
   * it (the test benches) there is no such button.
   */
  onWrongFlag?: (topic: TopicFinding, event: Event) => boolean;
}

/** The "this flag is wrong" button, which thanks once it was pressed, keeping focus (on the thanks) in the dialog. */
class WrongFlag extends Component<{ t: Messages; onPress: (event: Event) => boolean }, { done: boolean }> {
  state = { done: false };
  private thanks = createRef<HTMLParagraphElement>();
  componentDidUpdate() {
    if (this.state.done) this.thanks.current?.focus({ preventScroll: true });
  }
  render() {
    const { t, onPress } = this.props;
    return this.state.done ? (
      <p ref={this.thanks} tabIndex={-1} class="pp-muted pp-thanks" role="status">{t.wrongFlagThanks}</p>
    ) : (
      <button type="button" class="pp-small pp-muted" onClick={(event) => onPress(event) && this.setState({ done: true })}>
        {t.wrongFlag}
      </button>
    );
  }
}

export function Findings({ t, topics, onWrongFlag }: Props) {
  return (
    <section id="pp-findings" class="pp-findings" data-testid="pp-findings" aria-labelledby="pp-findings-title">
      <h3 id="pp-findings-title">{t.findingsTitle}</h3>
      <p id="pp-findings-intro" class="pp-muted pp-findings-intro">{t.findingsIntro}</p>
      <ul class="pp-topics">
        {topics.map((topic, i) => (
          <li key={topic.id} class="pp-topic" data-topic={topic.id}>
            <strong id={`pp-topic-${i}`} class="pp-topic-label">{topic.label}</strong>
            <p class="pp-muted pp-topic-found">{format(topic.learned ? t.foundLearned : t.found, { words: found(t, topic) })}</p>
            <details class="pp-why">
              <summary>{t.whyFlagged}</summary>
              {topic.guidance && <p class="pp-topic-guidance">{topic.guidance}</p>}
              <p class="pp-muted pp-topic-keywords">{format(topic.learned ? t.whyLearned : t.whyMatchedWords, { words: quoted(topic.matches) })}</p>
              {onWrongFlag && <WrongFlag t={t} onPress={(event) => onWrongFlag(topic, event)} />}
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The listed accounts the draft goes to or mentions, each with its list's guidance. */
export function AudienceNotes({ t, notes }: { t: Messages; notes: AudienceNote[] }) {
  return (
    <section class="pp-findings pp-audience" data-testid="pp-audience">
      <ul class="pp-topics">
        {notes.map((note, i) => (
          <li key={`${note.id} ${note.match}`} class="pp-topic" data-audience={note.id}>
            <strong id={`pp-audience-${i}`} class="pp-topic-label">{format(note.via === 'to' ? t.audienceTo : t.audienceMention, { account: note.match, list: note.label })}</strong>
            {note.guidance && <p class="pp-topic-guidance">{note.guidance}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The calm note for an employer's brand named without the tie said: a suggestion to copy (the clipboard, on
 * the employee's press); the draft itself is never changed.
 */
export class DisclosureNote extends Component<{ t: Messages; brand: string; suggestion: string; isUserInput: (event: Event) => boolean }, { copied: boolean }> {
  state = { copied: false };
  private copy = (event: Event) => {
    if (!this.props.isUserInput(event)) return;
    void navigator.clipboard?.writeText(this.props.suggestion).then(() => this.setState({ copied: true }), () => {});
  };
  render() {
    const { t, brand, suggestion } = this.props;
    return (
      <section class="pp-disclosure" data-testid="pp-disclosure">
        <p id="pp-disclosure-text">{format(t.disclosureNote, { brand: `“${brand}”` })}</p>
        <p class="pp-muted">{format(t.disclosureSuggestion, { suggestion: `“${suggestion}”` })}</p>
        <button type="button" class="pp-small" onClick={this.copy}>{this.state.copied ? t.disclosureCopied : t.disclosureCopy}</button>
      </section>
    );
  }
}
