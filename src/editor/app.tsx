/**
 * The communications team's code editor: every setting of a policy as a form, the topics with keywords said in
 * words and warned about, problems at their fields, undo and redo, open and save, the employee's view, the code
 * tried on earlier posts, and the files for IT. English and Dutch (the browser's language, with a switch).
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { editorCatalogs } from '../core/i18n/editor.ts';
import { format, resolveLocale, type Locale } from '../core/i18n/messages.ts';
import { mergeSettings, validateSettings } from '../core/policy/schema.ts';
import type { Problem } from '../core/policy/settings.ts';
import { BatchView } from './batch-view.tsx';
import { BUNDLE_FILE, EXTENSION_ID_PATTERN, makeBundle, type InstallSource } from './bundle.ts';
import { EditorContext, useEditor, type Editor } from './context.ts';
import { download, openPolicy, policyJson } from './io.ts';
import { Preview } from './preview.tsx';
import { AudiencesEditor, DisclosureEditor, GeneralSettings, SitesAndSurfaces } from './settings-form.tsx';
import { commit, fieldFor, fieldId, initialHistory, redo, segmentsOf, setIn, undo, type Draft, type History } from './state.ts';
import { TopicsEditor } from './topics.tsx';

/** A new code: one topic of the company's own beside the starter topics. */
export const NEW_CODE: Draft = { companyName: '', topics: [{ id: 'clients', label: '', keywords: [] }] };

/** A key no schema knows ("unknown setting", "unknown key"): the form has no field for it, so it can be removed here. */
const isUnknownKey = (problem: Problem) => /^unknown (setting|key)/.test(problem.message);

function ProblemsSummary({ problems }: { problems: Problem[] }) {
  const { t, change } = useEditor();
  return (
    <section id="problems" aria-labelledby="problems-title" class={problems.length > 0 ? 'problems' : 'valid'} data-testid="problems">
      <h2 id="problems-title">{problems.length > 0 ? format(t.problemsTitle, { n: problems.length }) : t.problemsNone}</h2>
      {problems.length > 0 && (
        <>
          <p class="hint">{t.problemsIntro}</p>
          <ul>
            {problems.map((p, i) => {
              const field = fieldFor(p.path);
              const text = format(t.problemAt, { path: p.path, message: p.message });
              return (
                <li key={i} data-path={p.path}>
                  {field ? <a href={`#${fieldId(field)}`} onClick={(e) => (e.preventDefault(), focusField(field))}>{text}</a> : <>{t.problemElsewhere} {text}</>}
                  {isUnknownKey(p) && (
                    <>
                      {' '}
                      <button type="button" class="small" data-testid="remove-unknown" onClick={() => change((d) => setIn(d, segmentsOf(p.path), undefined) as Draft)}>
                        {format(t.removeUnknown, { path: p.path })}
                      </button>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

/** Moves to the control of a field (its problems are described by it), opening nothing else. */
function focusField(field: string) {
  const el = document.getElementById(fieldId(field));
  el?.scrollIntoView({ block: 'center' });
  el?.focus();
}

function SourceField({ id, label, hint, value, onInput, problem }: { id: string; label: string; hint?: string; value: string; onInput: (value: string) => void; problem: string | null }) {
  const described = [hint && `${id}-hint`, problem && `${id}-problem`].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
      <input id={id} type="text" spellcheck={false} value={value} data-native-undo aria-describedby={described} aria-invalid={problem ? true : undefined} onInput={(e) => onInput(e.currentTarget.value.trim())} />
      {problem && <p class="field-problems" id={`${id}-problem`}>{problem}</p>}
    </div>
  );
}

function BundleSection({ draft, valid }: { draft: Draft; valid: boolean }) {
  const { t } = useEditor();
  const [made, setMade] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [source, setSource] = useState<Required<InstallSource>>({ chromeId: '', edgeId: '', updateUrl: '' });
  const badId = (id: string) => (id !== '' && !EXTENSION_ID_PATTERN.test(id) ? t.bundleBadId : null);
  const badUrl = source.updateUrl !== '' && !/^https?:\/\/\S+$/.test(source.updateUrl) ? t.bundleBadUrl : null;
  const sourceOk = !badId(source.chromeId) && !badId(source.edgeId) && !badUrl;
  const make = () => {
    const given = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== '')) as InstallSource;
    const bundle = makeBundle(validateSettings(draft, 'policy').values, given);
    if (!bundle.ok) {
      setMade(null);
      setFailure(bundle.reason);
      return;
    }
    setFailure(null);
    download(BUNDLE_FILE, bundle.zip, 'application/zip');
    setMade(format(t.bundleMade, { file: BUNDLE_FILE, n: Object.keys(bundle.files).length }));
  };
  return (
    <section id="bundle" aria-labelledby="bundle-title" data-testid="bundle">
      <h2 id="bundle-title">{t.bundleTitle}</h2>
      <p class="hint">{t.bundleIntro}</p>
      <fieldset class="field">
        <legend>{t.bundleSource}</legend>
        <div class="row">
          <SourceField id="bundle-chrome-id" label={t.bundleChromeId} hint={t.bundleIdHint} value={source.chromeId} onInput={(v) => setSource({ ...source, chromeId: v })} problem={badId(source.chromeId)} />
          <SourceField id="bundle-edge-id" label={t.bundleEdgeId} hint={t.bundleIdHint} value={source.edgeId} onInput={(v) => setSource({ ...source, edgeId: v })} problem={badId(source.edgeId)} />
        </div>
        <SourceField id="bundle-update-url" label={t.bundleUpdateUrl} value={source.updateUrl} onInput={(v) => setSource({ ...source, updateUrl: v })} problem={badUrl} />
      </fieldset>
      <button type="button" class="primary" data-testid="bundle-download" disabled={!valid || !sourceOk} aria-describedby={valid ? undefined : 'bundle-blocked'} onClick={make}>
        {t.bundleDownload}
      </button>
      {!valid && <p id="bundle-blocked" class="hint">{t.bundleBlocked}</p>}
      <p role="status" data-testid="bundle-status">{failure ? format(/^deployFiles needs/.test(failure) ? t.bundleUnavailable : t.bundleFailed, { reason: failure }) : made}</p>
    </section>
  );
}

export function EditorApp({ standalone = false }: { standalone?: boolean }) {
  const [locale, setLocale] = useState<Locale>(() => resolveLocale('auto', navigator.language));
  const [history, setHistory] = useState<History>(() => initialHistory(NEW_CODE));
  const [opened, setOpened] = useState<{ file: string; ok: boolean; reason?: string; problems: number } | null>(null);
  const t = editorCatalogs[locale];
  const draft = history.present;

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t.title;
  }, [locale, t]);

  const validated = useMemo(() => validateSettings(draft, 'policy'), [draft]);
  const settings = useMemo(() => mergeSettings(validated.values), [validated]);
  const problems = useMemo(() => {
    const byField = new Map<string, Problem[]>();
    for (const problem of validated.problems) {
      const field = fieldFor(problem.path) ?? '$';
      byField.set(field, [...(byField.get(field) ?? []), problem]);
    }
    return byField;
  }, [validated]);

  const set = useCallback<Editor['set']>((path, value, typing) => setHistory((h) => commit(h, setIn(h.present, path, value) as Draft, typing)), []);
  const change = useCallback<Editor['change']>((next) => setHistory((h) => commit(h, next(h.present))), []);
  const editor: Editor = { t, locale, draft, problems, set, change };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      // Boxes outside the code (the sample post, the install source) keep the browser's own undo.
      if ((event.target as Element | null)?.closest?.('[data-native-undo]')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) setHistory(undo);
      else if (key === 'y' || (key === 'z' && event.shiftKey)) setHistory(redo);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const openFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const read = openPolicy(await file.text());
    input.value = '';
    if (!read.ok) {
      setOpened({ file: file.name, ok: false, reason: read.reason, problems: 0 });
      return;
    }
    setHistory((h) => commit(h, read.draft));
    setOpened({ file: file.name, ok: true, problems: read.problems.length });
  };

  return (
    <EditorContext.Provider value={editor}>
      <header class="editor-header">
        <div class="title-row">
          <h1>{t.title}</h1>
          <div class="language" role="group" aria-label={t.language}>
            {(['en', 'nl'] as const).map((l) => (
              <button key={l} type="button" lang={l} aria-pressed={locale === l} onClick={() => setLocale(l)}>
                {l === 'en' ? 'English' : 'Nederlands'}
              </button>
            ))}
          </div>
        </div>
        <p class="lead">{t.lead}</p>
        {standalone && <p class="hint">{t.standaloneNote}</p>}
        <div class="toolbar" role="toolbar" aria-label={t.fileTitle}>
          <button type="button" data-testid="undo" disabled={history.past.length === 0} aria-keyshortcuts="Control+Z" title={t.undoHint} onClick={() => setHistory(undo)}>{t.undo}</button>
          <button type="button" data-testid="redo" disabled={history.future.length === 0} aria-keyshortcuts="Control+Y" title={t.redoHint} onClick={() => setHistory(redo)}>{t.redo}</button>
          <button type="button" data-testid="export-json" onClick={() => download('policy.json', policyJson(draft), 'application/json')}>{t.exportJson}</button>
          <button type="button" onClick={() => change(() => NEW_CODE)}>{t.newCode}</button>
        </div>
        <div class="field">
          <label for="open-policy">{t.importLabel}</label>
          <input id="open-policy" type="file" accept="application/json,.json" data-testid="open-policy" onChange={(e) => void openFile(e.currentTarget)} />
        </div>
        <div role="status" data-testid="opened">
          {opened && !opened.ok && <p class="problems">{format(t.importUnreadable, { file: opened.file, reason: opened.reason ?? '' })}</p>}
          {opened?.ok && <p>{format(t.importedFrom, { file: opened.file })} {opened.problems > 0 && format(t.importLeftOut, { file: opened.file })}</p>}
        </div>
        {validated.problems.length > 0 && <p class="hint">{format(t.exportWithProblems, { n: validated.problems.length })}</p>}
        <nav aria-label={t.contents}>
          <ul>
            {[['general', t.generalTitle], ['sites', t.sitesTitle], ['topics', t.topicsTitle], ['audiences', t.audiencesTitle], ['disclosure', t.disclosureTitle], ['preview', t.previewTitle], ['batch', t.batchTitle], ['bundle', t.bundleTitle]].map(([id, title]) => (
              <li key={id}><a href={`#${id}`}>{title}</a></li>
            ))}
          </ul>
        </nav>
      </header>
      <ProblemsSummary problems={validated.problems} />
      <GeneralSettings />
      <SitesAndSurfaces />
      <TopicsEditor />
      <AudiencesEditor />
      <DisclosureEditor />
      <Preview settings={settings} />
      <BatchView settings={settings} />
      <BundleSection draft={draft} valid={validated.problems.length === 0} />
    </EditorContext.Provider>
  );
}
