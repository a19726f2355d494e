/**
 * Type a post, see what PostPause would point out: the same engine as the extension and the CLI, and the
 * pause dialog's own draft preview and findings, in our own pages (the welcome page's try-it box and the
 * options page's test bench).
 */
import { useMemo, useState } from 'preact/hooks';
import { groupFindings } from '../core/findings.ts';
import { catalogs, type Locale } from '../core/i18n/messages.ts';
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
  const findings = useMemo(() => analyseDraft(code, [text]).findings, [code, text]);
  const grouped = groupFindings(shown, findings);
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
          </ShadowView>
        )}
      </div>
    </div>
  );
}
