/**
 * Type a post, see what PostPause would point out: the same engine as the extension and the CLI, and the
 * pause dialog's own draft preview and findings, in our own pages (the welcome page's try-it box and the
 * options page's test bench).
 */
import { useMemo, useState } from 'preact/hooks';
import { groupFindings, setAsideWords } from '../core/findings.ts';
import { catalogs, format, type Locale } from '../core/i18n/messages.ts';
import type { PageMessages } from '../core/i18n/pages.ts';
import { analyseDraft, compileCode } from '../core/analysis.ts';
import { pageTopic, type Topic } from '../core/policy/settings.ts';
import { DraftPreview } from './draft-preview.tsx';
import { Findings } from './findings.tsx';
import { ShadowView } from './shadow-view.tsx';

interface Props {
  t: PageMessages;
  locale: Locale;
  topics: Topic[];
  label: string;
}

export function TryText({ t, locale, topics, label }: Props) {
  const [text, setText] = useState('');
  const shown = useMemo(() => topics.map((topic) => pageTopic(topic, locale)), [topics, locale]);
  const code = useMemo(() => compileCode({ topics: shown }), [shown]);
  const analysis = useMemo(() => analyseDraft(code, [text]), [code, text]);
  const findings = analysis.findings;
  const grouped = groupFindings(shown, findings);
  const setAside = setAsideWords(shown, analysis.setAside);
  const dialogText = catalogs[locale];
  return (
    <div class="try">
      <label>
        {label}
        <textarea rows={5} value={text} onInput={(e) => setText(e.currentTarget.value)} data-testid="try-text" />
      </label>
      <div aria-live="polite" data-testid="try-result">
        {text.trim() !== '' && (
          <ShadowView testId="try-preview">
            <DraftPreview t={dialogText} parts={[{ kind: 'post', text }]} highlights={findings} />
            {grouped.length === 0 ? <p class="pp-nothing">{t.nothingFound}</p> : <Findings t={dialogText} topics={grouped} />}
            {setAside && <p class="pp-muted" data-testid="try-set-aside">{format(t.trySetAside, { words: setAside })}</p>}
          </ShadowView>
        )}
      </div>
    </div>
  );
}
