/**
 * Under a list of keywords: what each will match, in words (describeKeyword, as employees read it), and where
 * it will likely misfire (core/words/warnings.ts). Keywords with a warning first; the quiet ones folded away
 * when there are many.
 */
import { describeKeyword } from '../core/matcher/describe.ts';
import { format } from '../core/i18n/messages.ts';
import type { EditorMessages } from '../core/i18n/editor.ts';
import { isMisfire, keywordWarnings, SHORT_LETTERS, type KeywordWarning } from '../core/words/warnings.ts';
import type { Locale } from '../core/i18n/messages.ts';
import { numberText } from './numbers.ts';
import { useEditor } from './context.ts';

const quoted = (words: readonly string[]) => words.map((w) => `“${w}”`).join(', ');

export function warningText(t: EditorMessages, locale: Locale, warning: KeywordWarning): string {
  switch (warning.kind) {
    case 'common':
      return format(t.warnCommon, { band: numberText(locale, warning.rank <= 1000 ? 1000 : 5000), language: warning.language === 'en' ? t.langEn : t.langNl });
    case 'short':
      return format(t.warnShort, { letters: SHORT_LETTERS });
    case 'compounds':
      return format(t.warnCompounds, { count: numberText(locale, warning.count), examples: quoted(warning.examples) });
    case 'inside':
      return format(t.noteInside, { examples: quoted(warning.examples) });
  }
}

/** Up to this many quiet keywords are listed openly; more are folded into a <details>. */
const OPEN_QUIET = 30;

export function KeywordNotes({ keywords, testId }: { keywords: readonly unknown[]; testId: string }) {
  const { t, locale } = useEditor();
  const items = keywords.filter((k): k is string => typeof k === 'string' && k.trim() !== '');
  if (items.length === 0) return null;
  const withWarnings = items.map((keyword) => ({ keyword, warnings: keywordWarnings(keyword) }));
  const loud = withWarnings.filter((k) => k.warnings.length > 0);
  const quiet = withWarnings.filter((k) => k.warnings.length === 0);
  const misfires = loud.filter((k) => k.warnings.some(isMisfire)).length;
  const row = ({ keyword, warnings }: { keyword: string; warnings: readonly KeywordWarning[] }) => (
    <li key={keyword} data-keyword={keyword}>
      <code>{keyword}</code> <span class="matches">{format(t.keywordMatches, { what: describeKeyword(keyword, locale) })}</span>
      {warnings.length > 0 && (
        <ul class="warnings">
          {warnings.map((w, i) => (
            <li key={i} class={isMisfire(w) ? 'warn' : 'note'} data-warning={w.kind}>
              <strong>{isMisfire(w) ? t.warning : t.note}:</strong> {warningText(t, locale, w)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
  return (
    <div class="keyword-notes" data-testid={testId}>
      <p class="hint">{format(t.keywordsSummary, { n: items.length, w: misfires })}</p>
      <ul class="keywords">{[...loud, ...(quiet.length <= OPEN_QUIET ? quiet : [])].map(row)}</ul>
      {quiet.length > OPEN_QUIET && (
        <details>
          <summary>{format(t.keywordsQuiet, { n: quiet.length })}</summary>
          <ul class="keywords">{quiet.map(row)}</ul>
        </details>
      )}
    </div>
  );
}
