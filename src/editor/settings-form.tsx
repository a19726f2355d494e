/** Every setting of a policy besides the topics: general, do's and don'ts, sites and surfaces, audiences, disclosure. */
import { format } from '../core/i18n/messages.ts';
import { en as dialogEn } from '../core/i18n/messages.ts';
import { DEFAULTS } from '../core/policy/settings.ts';
import { SITE_IDS } from '../core/sites.ts';
import { SURFACE_SWITCHES } from '../core/surfaces.ts';
import { useEditor } from './context.ts';
import { ChoiceField, Field, LinesField, NumberField, TextField } from './fields.tsx';
import { ItemProblems, RemoveButton } from './items.tsx';
import { append, getIn } from './state.ts';
import { freshId } from './topics.tsx';
import type { EditorMessages } from '../core/i18n/editor.ts';

const onOff = (t: EditorMessages) => [
  { value: 'true', label: t.on },
  { value: 'false', label: t.off },
];

export function GeneralSettings() {
  const { t, locale } = useEditor();
  const yes = (value: boolean) => (value ? t.on : t.off).toLowerCase();
  return (
    <section id="general" aria-labelledby="general-title">
      <h2 id="general-title">{t.generalTitle}</h2>
      <TextField path={['companyName']} label={t.companyName} hint={t.companyNameHint} />
      <TextField path={['question']} label={t.question} hint={format(t.questionHint, { question: locale === 'nl' ? 'Is dit gepast en draagt het bij aan de doelen van ons bedrijf?' : dialogEn.question })} />
      <ChoiceField path={['mode']} label={t.mode} unset={format(t.notSetPlain, { value: t.modeAlways.toLowerCase() })} choices={[{ value: 'always', label: t.modeAlways }, { value: 'flagged', label: t.modeFlagged }]} />
      <div class="row">
        <NumberField path={['pauseSeconds']} label={t.pauseSeconds} hint={t.secondsHint} min={0} max={60} />
        <NumberField path={['calmPauseSeconds']} label={t.calmPauseSeconds} hint={t.secondsHint} min={0} max={60} />
      </div>
      <TextField path={['codeUrl']} label={t.codeUrl} hint={t.codeUrlHint} placeholder="https://intranet.example/social-media" />
      <ChoiceField path={['language']} label={t.language_} unset={format(t.notSet, { value: t.languageAuto.toLowerCase() })} choices={[{ value: 'auto', label: t.languageAuto }, { value: 'en', label: t.english }, { value: 'nl', label: t.dutch }]} />
      <div class="row">
        <ChoiceField path={['enabled']} label={t.enabled} unset={format(t.notSet, { value: yes(DEFAULTS.enabled) })} choices={onOff(t)} />
        <ChoiceField path={['allowUserDisable']} label={t.allowUserDisable} unset={format(t.notSetPlain, { value: yes(DEFAULTS.allowUserDisable) })} choices={onOff(t)} />
      </div>
      <ChoiceField path={['starterTopics']} label={t.starterTopics} hint={t.starterTopicsHint} unset={format(t.notSetPlain, { value: yes(DEFAULTS.starterTopics) })} choices={onOff(t)} />
      <h3>{t.dosTitle}</h3>
      <div class="row">
        <LinesField path={['dos']} label={t.dos} hint={t.dosHint} />
        <LinesField path={['donts']} label={t.donts} hint={t.dosHint} />
      </div>
    </section>
  );
}

/** Sites and surfaces: each on, off or not set (the employee's choice, on by default). */
export function SitesAndSurfaces() {
  const { t, draft, set } = useEditor();
  const names: Record<string, string> = { x: t.siteX, linkedin: t.siteLinkedin, posts: t.surfacePosts, comments: t.surfaceComments, replies: t.surfaceReplies, reposts: t.surfaceReposts };
  const group = (key: 'sites' | 'surfaces', label: string, items: readonly string[]) => (
    <Field path={[key]} label={label} group>
      {() => (
        <div class="toggles">
          {items.map((item) => {
            const value = getIn(draft, [key, item]);
            const id = `toggle-${key}-${item}`;
            return (
              <div key={item} class="toggle">
                <label for={id}>{names[item] ?? item}</label>
                <select id={id} value={value === undefined ? '' : String(value)} onChange={(e) => set([key, item], e.currentTarget.value === '' ? undefined : e.currentTarget.value === 'true')}>
                  <option value="">{format(t.notSet, { value: t.on.toLowerCase() })}</option>
                  {onOff(t).map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
                </select>
              </div>
            );
          })}
        </div>
      )}
    </Field>
  );
  return (
    <section id="sites" aria-labelledby="sites-title">
      <h2 id="sites-title">{t.sitesTitle}</h2>
      {group('sites', t.sites, SITE_IDS)}
      {group('surfaces', t.surfaces, SURFACE_SWITCHES)}
    </section>
  );
}

export function AudiencesEditor() {
  const { t, draft, change } = useEditor();
  const audiences = Array.isArray(draft.audiences) ? draft.audiences : [];
  return (
    <section id="audiences" aria-labelledby="audiences-title">
      <h2 id="audiences-title">{t.audiencesTitle}</h2>
      <p class="hint">{t.audiencesIntro}</p>
      <ItemProblems path={['audiences']} />
      <ol class="topics-list">
        {audiences.map((audience, i) => {
          const label = (audience as { label?: unknown } | null)?.label;
          return (
            <li key={i} class="card" data-testid="audience">
              <h3>{format(t.audienceHeading, { n: i + 1, label: typeof label === 'string' && label ? label : t.topicUnnamed })}</h3>
              <ItemProblems path={['audiences', i]} />
              <div class="row">
                <TextField path={['audiences', i, 'label']} label={t.labelEn} optional={false} />
                <TextField path={['audiences', i, 'labelNl']} label={t.labelNl} hint={t.dutchHint} />
              </div>
              <TextField path={['audiences', i, 'id']} label={t.topicId} optional={false} />
              <div class="row">
                <TextField path={['audiences', i, 'guidance']} label={t.guidanceRequired} multiline optional={false} />
                <TextField path={['audiences', i, 'guidanceNl']} label={t.guidanceNl} hint={t.dutchHint} multiline />
              </div>
              <div class="row">
                <LinesField path={['audiences', i, 'handles']} label={t.handles} />
                <LinesField path={['audiences', i, 'names']} label={t.names} />
              </div>
              <RemoveButton label={t.removeAudience} path={['audiences']} index={i} />
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => change((d) => append(d, ['audiences'], { id: freshId('list', audiences), label: '', guidance: '' }))}>{t.addAudience}</button>
    </section>
  );
}

/** The disclosure nudge: its three keys go together (all set, or none). */
export function DisclosureEditor() {
  const { t, draft, set } = useEditor();
  const current = (getIn(draft, ['disclosure']) ?? {}) as Record<string, unknown>;
  const put = (key: string, value: unknown) => {
    const next = { brands: [], phrases: [], suggestion: '', ...current, [key]: value ?? (key === 'suggestion' ? '' : []) };
    const empty = (next.brands as unknown[]).length === 0 && (next.phrases as unknown[]).length === 0 && next.suggestion === '';
    set(['disclosure'], empty ? undefined : next, `disclosure.${key}`);
  };
  const lines = (key: 'brands' | 'phrases', label: string) => <LinesField path={['disclosure', key]} label={label} rows={3} write={(list) => put(key, list)} />;
  return (
    <section id="disclosure" aria-labelledby="disclosure-title">
      <h2 id="disclosure-title">{t.disclosureTitle}</h2>
      <p class="hint">{t.disclosureIntro}</p>
      <ItemProblems path={['disclosure']} />
      <div class="row">
        {lines('brands', t.brands)}
        {lines('phrases', t.phrases)}
      </div>
      <Field path={['disclosure', 'suggestion']} label={t.suggestion}>
        {({ id, describedBy, invalid }) => (
          <input id={id} type="text" aria-describedby={describedBy} aria-invalid={invalid || undefined} value={typeof current.suggestion === 'string' ? current.suggestion : ''} onInput={(e) => put('suggestion', e.currentTarget.value)} />
        )}
      </Field>
    </section>
  );
}
