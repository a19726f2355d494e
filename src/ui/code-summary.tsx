/** The employer's code as an employee reads it: do's, don'ts, and the topics with their guidance. */
import type { Locale } from '../core/i18n/messages.ts';
import type { PageMessages } from '../core/i18n/pages.ts';
import { format } from '../core/i18n/messages.ts';
import { topicText, type Settings, type Topic } from '../core/policy/settings.ts';
import { seasonAt } from '../core/season.ts';

/** "active until 6 December", "from 15 November", for a topic with a season; nothing for one that always applies. */
export function seasonText(t: PageMessages, locale: Locale, topic: Pick<Topic, 'when'>, at = new Date()): string | null {
  const season = seasonAt(topic.when, at);
  if (!topic.when?.length) return null;
  const day = (iso: string) => new Date(`${iso}T12:00:00`).toLocaleDateString(locale === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long' });
  if (!season) return t.seasonOver;
  return 'activeUntil' in season ? format(t.seasonUntil, { day: day(season.activeUntil) }) : format(t.seasonFrom, { day: day(season.nextFrom) });
}

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
            {seasonText(t, locale, topic) && <span class="season"> ({seasonText(t, locale, topic)})</span>}
            {topic.guidance && <p>{topicText(topic, 'guidance', locale)}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}
