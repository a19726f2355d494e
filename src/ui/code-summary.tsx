/** The employer's code as an employee reads it: do's, don'ts, and the topics with their guidance. */
import type { Locale } from '../core/i18n/messages.ts';
import type { PageMessages } from '../core/i18n/pages.ts';
import { topicText, type Settings, type Topic } from '../core/policy/settings.ts';

export function CodeSummary({ t, locale, settings, topics }: { t: PageMessages; locale: Locale; settings: Settings; topics: Topic[] }) {
  return (
    <>
      {settings.dos.length > 0 && (<><h3>{t.dos}</h3><ul>{settings.dos.map((d) => <li key={d}>{d}</li>)}</ul></>)}
      {settings.donts.length > 0 && (<><h3>{t.donts}</h3><ul>{settings.donts.map((d) => <li key={d}>{d}</li>)}</ul></>)}
      <h3>{t.topics}</h3>
      {settings.starterTopics && <p class="note">{t.starterNote}</p>}
      <ul class="topics">
        {topics.map((topic) => (
          <li key={topic.id}>
            <strong>{topicText(topic, 'label', locale) || topic.id}</strong>
            {topic.guidance && <p>{topicText(topic, 'guidance', locale)}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}
