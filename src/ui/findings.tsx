/** What was found in the draft, by topic: the code's label and guidance, and the words that matched. */
import type { Messages } from '../core/i18n/messages.ts';
import { format } from '../core/i18n/messages.ts';

export interface TopicFinding {
  id: string;
  label: string;
  guidance: string;
  /** The matched words as written in the draft, each once. */
  matches: string[];
}

interface Props {
  t: Messages;
  topics: TopicFinding[];
}

export function Findings({ t, topics }: Props) {
  return (
    <section id="pp-findings" class="pp-findings" data-testid="pp-findings" aria-labelledby="pp-findings-title">
      <h3 id="pp-findings-title">{t.findingsTitle}</h3>
      <p class="pp-findings-intro">{t.findingsIntro}</p>
      <ul class="pp-topics">
        {topics.map((topic) => (
          <li key={topic.id} class="pp-topic" data-topic={topic.id}>
            <strong class="pp-topic-label">{topic.label}</strong>
            {topic.guidance && <p class="pp-topic-guidance">{topic.guidance}</p>}
            <p class="pp-topic-found">{format(t.found, { words: topic.matches.map((m) => `“${m}”`).join(', ') })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
