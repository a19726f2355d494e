/** The employee's own reflection: counts over time, per site and topic, a small chart, wrong flags; resettable. */
import browser from 'webextension-polyfill';
import { format, type Locale } from '../core/i18n/messages.ts';
import type { PageMessages } from '../core/i18n/pages.ts';
import { REFLECTION_KEY, type UItoBG } from '../core/protocol.ts';
import { topicText, type Topic } from '../core/policy/settings.ts';
import { emptyReflection, series, totals, type Reflection } from '../core/reflection/stats.ts';
import { describeKeyword } from '../core/matcher/describe.ts';
import { useStored } from '../ui/use-stored.ts';

const CHART_DAYS = 14;

export function ReflectionView({ t, locale, topics }: { t: PageMessages; locale: Locale; topics: Topic[] }) {
  const reflection = useStored<Reflection>(REFLECTION_KEY) ?? emptyReflection();
  const now = new Date();
  const week = totals(reflection, now, 7);
  const days = series(reflection, now, CHART_DAYS);
  const max = Math.max(1, ...days.map((d) => d.pauses));
  const label = (id: string) => {
    const topic = topics.find((x) => x.id === id);
    return topic ? topicText(topic, 'label', locale) || id : id;
  };
  const reset = () => {
    const message: UItoBG = { type: 'ui:reset-reflection' };
    void browser.runtime.sendMessage(message);
  };
  return (
    <section aria-labelledby="reflection" data-testid="reflection">
      <h2 id="reflection">{t.reflectionTitle}</h2>
      <p class="note">{t.reflectionHint}</p>
      <p data-testid="reflection-week">{format(t.reflectionWeek, { pauses: week.pauses, edits: week.edits, posts: week.posts })}</p>
      <p>{format(t.reflectionSites, week.bySite)}</p>
      <figure class="chart">
        <figcaption>{t.reflectionChart}</figcaption>
        <svg viewBox={`0 0 ${CHART_DAYS * 20} 60`} role="img" aria-label={days.map((d) => `${d.day}: ${d.pauses}`).join(', ')}>
          {days.map((d, i) => (
            <rect key={d.day} x={i * 20 + 3} width="14" y={58 - (d.pauses / max) * 56} height={(d.pauses / max) * 56 + 2} rx="2" />
          ))}
        </svg>
      </figure>
      {Object.keys(week.byTopic).length > 0 && (
        <>
          <h3>{t.reflectionTopics}</h3>
          <ul data-testid="reflection-topics">
            {Object.entries(week.byTopic).map(([id, n]) => <li key={id}>{label(id)}: {n}</li>)}
          </ul>
        </>
      )}
      {Object.keys(reflection.wrongFlags).length > 0 && (
        <>
          <h3>{t.wrongFlagsTitle}</h3>
          <ul data-testid="wrong-flags">
            {Object.entries(reflection.wrongFlags).map(([key, n]) => {
              const [topic, ...keyword] = key.split(' ');
              // The keyword said in words: employees never see the code's syntax.
              return <li key={key}>{label(topic!)}: {describeKeyword(keyword.join(' '), locale)} × {n}</li>;
            })}
          </ul>
        </>
      )}
      <button type="button" onClick={reset}>{t.reflectionReset}</button>
    </section>
  );
}
