/**
 * Type a post, see what PostPause would point out: the same engine as the extension and the CLI, in our own
 * pages (the welcome page's try-it box and the options page's test bench).
 */
import { useMemo, useState } from 'preact/hooks';
import type { Locale } from '../core/i18n/messages.ts';
import type { PageMessages } from '../core/i18n/pages.ts';
import { compileMatcher } from '../core/matcher/compile.ts';
import { findMatches } from '../core/matcher/match.ts';
import { topicText, type Topic } from '../core/policy/settings.ts';

interface Props {
  t: PageMessages;
  locale: Locale;
  topics: Topic[];
  label: string;
}

export function TryText({ t, locale, topics, label }: Props) {
  const [text, setText] = useState('');
  const matcher = useMemo(() => compileMatcher(topics), [topics]);
  const findings = useMemo(() => findMatches(matcher, text), [matcher, text]);
  const marked: (string | preact.JSX.Element)[] = [];
  let at = 0;
  findings.forEach((f, i) => {
    marked.push(text.slice(at, f.start), <mark key={i}>{f.match}</mark>);
    at = f.end;
  });
  marked.push(text.slice(at));
  const found = [...new Set(findings.map((f) => f.topic))].map((id) => topics.find((topic) => topic.id === id)!);
  return (
    <div class="try">
      <label>
        {label}
        <textarea rows={5} value={text} onInput={(e) => setText(e.currentTarget.value)} data-testid="try-text" />
      </label>
      {text.trim() !== '' && (
        <div aria-live="polite" data-testid="try-result">
          <p class="preview" data-testid="try-preview">{marked}</p>
          {found.length === 0 ? (
            <p>{t.nothingFound}</p>
          ) : (
            <>
              <p>{t.foundTopics}</p>
              <ul>
                {found.map((topic) => (
                  <li key={topic.id} data-topic={topic.id}>
                    <strong>{topicText(topic, 'label', locale) || topic.id}</strong>:{' '}
                    {findings.filter((f) => f.topic === topic.id).map((f) => `“${f.match}”`).join(', ')}
                    {topic.guidance && <p>{topicText(topic, 'guidance', locale)}</p>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
