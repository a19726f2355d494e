/**
 * The code's topics: label and guidance in English and Dutch, keywords and exceptions (each said in words,
 * with warnings), keywords with conditions (rules) and the periods a topic applies (seasons).
 */
import { format } from '../core/i18n/messages.ts';
import { useEditor } from './context.ts';
import { ChoiceField, LinesField, NumberField, TextField } from './fields.tsx';
import { KeywordNotes } from './keyword-notes.tsx';
import { ItemProblems, RemoveButton } from './items.tsx';
import { append, getIn, removeAt, type Path } from './state.ts';

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function RuleEditor({ topic, index }: { topic: number; index: number }) {
  const { t, draft } = useEditor();
  const path: Path = ['topics', topic, 'rules', index];
  const keyword = getIn(draft, [...path, 'keyword']);
  // A code written with one `keyword` keeps it; new conditions name their keywords as a list.
  const single = typeof keyword === 'string';
  const keywords = single ? [keyword] : asList(getIn(draft, [...path, 'keywords']));
  return (
    <li class="item" data-testid="rule">
      <h5>{format(t.ruleHeading, { n: index + 1 })}</h5>
      <ItemProblems path={path} />
      {single ? (
        <TextField path={[...path, 'keyword']} label={t.ruleKeyword} optional={false} />
      ) : (
        <LinesField path={[...path, 'keywords']} label={t.ruleKeywords} rows={3} optional={false} />
      )}
      <KeywordNotes keywords={keywords} testId="rule-notes" />
      <LinesField path={[...path, 'near']} label={t.near} rows={2} />
      <LinesField path={[...path, 'notNear']} label={t.notNear} rows={2} />
      <NumberField path={[...path, 'within']} label={t.within} min={1} max={20} />
      <ChoiceField path={[...path, 'strength']} label={t.strength} choices={[{ value: 'weak', label: t.strengthWeak }]} unset={t.strengthStrong} />
      <RemoveButton label={t.removeRule} path={['topics', topic, 'rules']} index={index} />
    </li>
  );
}

function SeasonEditor({ topic, index }: { topic: number; index: number }) {
  const { t } = useEditor();
  const path: Path = ['topics', topic, 'when', index];
  return (
    <li class="item season" data-testid="season">
      <h5>{format(t.seasonHeading, { n: index + 1 })}</h5>
      <ItemProblems path={path} />
      <div class="row">
        <TextField path={[...path, 'from']} label={t.from} optional={false} placeholder="12-01" />
        <TextField path={[...path, 'until']} label={t.until} optional={false} placeholder="12-31" />
      </div>
      <RemoveButton label={t.removeSeason} path={['topics', topic, 'when']} index={index} />
    </li>
  );
}

function TopicEditor({ index }: { index: number }) {
  const { t, locale, draft, change } = useEditor();
  const path: Path = ['topics', index];
  const topic = (getIn(draft, path) ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : '');
  const label = (locale === 'nl' && text(topic.labelNl)) || text(topic.label) || text(topic.id) || t.topicUnnamed;
  const headingId = `topic-${index}-heading`;
  return (
    <li class="topic card" data-testid="topic" aria-labelledby={headingId}>
      <h3 id={headingId}>{format(t.topicHeading, { n: index + 1, label })}</h3>
      <ItemProblems path={path} />
      <div class="row">
        <TextField path={[...path, 'label']} label={t.labelEn} optional={false} />
        <TextField path={[...path, 'labelNl']} label={t.labelNl} hint={t.dutchHint} />
      </div>
      <TextField path={[...path, 'id']} label={t.topicId} hint={t.topicIdHint} optional={false} />
      <div class="row">
        <TextField path={[...path, 'guidance']} label={t.guidanceEn} hint={t.guidanceHint} multiline />
        <TextField path={[...path, 'guidanceNl']} label={t.guidanceNl} hint={t.dutchHint} multiline />
      </div>
      <LinesField path={[...path, 'keywords']} label={t.keywords} hint={t.keywordsHint} rows={5} optional={false}>
        <KeywordNotes keywords={asList(topic.keywords)} testId="keyword-notes" />
      </LinesField>
      <LinesField path={[...path, 'exceptions']} label={t.exceptions} hint={t.exceptionsHint} rows={2}>
        <KeywordNotes keywords={asList(topic.exceptions)} testId="exception-notes" />
      </LinesField>
      <section class="sub" aria-labelledby={`${headingId}-rules`}>
        <h4 id={`${headingId}-rules`}>{t.rulesTitle}</h4>
        <p class="hint">{t.rulesIntro}</p>
        <ol class="items">{asList(topic.rules).map((_, i) => <RuleEditor key={i} topic={index} index={i} />)}</ol>
        <button type="button" onClick={() => change((d) => append(d, [...path, 'rules'], { keywords: [] }))}>{t.addRule}</button>
      </section>
      <section class="sub" aria-labelledby={`${headingId}-when`}>
        <h4 id={`${headingId}-when`}>{t.seasonsTitle}</h4>
        <p class="hint">{t.seasonsIntro}</p>
        <ol class="items">{asList(topic.when).map((_, i) => <SeasonEditor key={i} topic={index} index={i} />)}</ol>
        <button type="button" onClick={() => change((d) => append(d, [...path, 'when'], { from: '', until: '' }))}>{t.addSeason}</button>
      </section>
      <button type="button" class="danger" onClick={() => change((d) => removeAt(d, ['topics'], index))}>{t.removeTopic}</button>
    </li>
  );
}

/** A fresh topic's id: topic-1, topic-2…, one that no topic has yet. */
export function freshId(prefix: string, taken: readonly unknown[]): string {
  const ids = new Set(taken.map((item) => (item as { id?: unknown } | null)?.id));
  for (let n = 1; ; n++) if (!ids.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

export function TopicsEditor() {
  const { t, draft, change } = useEditor();
  const topics = asList(draft.topics);
  return (
    <section id="topics" aria-labelledby="topics-title">
      <h2 id="topics-title">{t.topicsTitle}</h2>
      <p class="hint">{t.topicsIntro}</p>
      <ItemProblems path={['topics']} />
      <ol class="topics-list">{topics.map((_, i) => <TopicEditor key={i} index={i} />)}</ol>
      <button type="button" class="primary" data-testid="add-topic" onClick={() => change((d) => append(d, ['topics'], { id: freshId('topic', asList(d.topics)), label: '', keywords: [] }))}>
        {t.addTopic}
      </button>
    </section>
  );
}
