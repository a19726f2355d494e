/**
 * The code tried on earlier posts: a file read on the page, checked in chunks (yielding to the page between
 * them, with a progress bar and a live region), then per topic the posts flagged, the keywords that fire most,
 * each flagged post with its marks, and, for a labelled file, recall and false positives per topic.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { BatchRun, batchCode, type BatchFigures } from '../core/batch/batch.ts';
import { evaluateLabelled, isLabelled } from '../core/batch/evaluate.ts';
import { parsePosts, type ParsedPosts, type ParseProblem } from '../core/batch/parse.ts';
import type { EditorMessages } from '../core/i18n/editor.ts';
import { catalogs, format, type Locale } from '../core/i18n/messages.ts';
import { pageConfigOf, type Settings } from '../core/policy/settings.ts';
import { starterTopics } from '../core/starter/topics.ts';
import { DraftPreview } from '../ui/draft-preview.tsx';
import { useEditor } from './context.ts';
import { numberText, percentText } from './numbers.ts';

/** Time for one chunk before yielding to the page (a frame's worth). */
const CHUNK_MS = 12;
const PAGE = 50;
/** A keyword firing in this share of all posts is marked as noisy. */
export const NOISY_SHARE = 0.05;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function problemText(t: EditorMessages, p: ParseProblem): string {
  const values = { line: p.line, detail: p.detail ?? '' };
  switch (p.kind) {
    case 'not-json':
      return format(t.batchProblemNotJson, values);
    case 'no-text':
      return format(t.batchProblemNoText, values);
    case 'no-text-column':
      return format(t.batchProblemNoColumn, values);
    case 'not-x-archive':
      return format(t.batchProblemNotX, values);
    case 'unclosed-quote':
      return format(t.batchProblemQuote, values);
    case 'bad-labels':
      return format(t.batchProblemLabels, values);
  }
}

function formatName(t: EditorMessages, parsed: ParsedPosts): string {
  switch (parsed.format) {
    case 'text':
      return t.formatText;
    case 'csv':
      return format(t.formatCsv, { column: parsed.column ?? '' });
    case 'jsonl':
      return t.formatJsonl;
    case 'json':
      return t.formatJson;
    case 'linkedin-shares':
      return t.formatShares;
    case 'linkedin-comments':
      return t.formatComments;
    case 'x-archive':
      return t.formatX;
  }
}

interface Run {
  done: number;
  total: number;
  figures: BatchFigures | null;
  /** Milliseconds from the start to the last post, once finished (bench/batch.mjs reads it). */
  ms?: number;
}

/** Announced in the live region at each quarter and at the end, not at every chunk. */
function announcement(t: EditorMessages, locale: Locale, run: Run): string {
  if (run.figures && run.done === run.total) return format(t.batchDone, { flagged: numberText(locale, run.figures.flagged), total: numberText(locale, run.total) });
  const quarter = Math.floor((run.done / Math.max(1, run.total)) * 4) / 4;
  return format(t.batchProgressText, { done: numberText(locale, Math.floor(quarter * run.total)), total: numberText(locale, run.total) });
}

export function BatchView({ settings }: { settings: Settings }) {
  const { t, locale } = useEditor();
  const [file, setFile] = useState<{ name: string; parsed: ParsedPosts } | null>(null);
  const [ignoreSeasons, setIgnoreSeasons] = useState(false);
  const [run, setRun] = useState<Run | null>(null);
  const [filter, setFilter] = useState('');
  const [shown, setShown] = useState(PAGE);
  const token = useRef(0);

  // Every run starts over when the file, the code or the season switch changes; an older run stops at its next chunk.
  useEffect(() => {
    if (!file) return;
    const mine = ++token.current;
    const posts = file.parsed.posts;
    const batch = new BatchRun(batchCode(settings, starterTopics, { ignoreSeasons }), posts);
    const started = performance.now();
    setRun({ done: 0, total: posts.length, figures: null });
    void (async () => {
      while (!batch.finished) {
        const until = performance.now() + CHUNK_MS;
        do batch.step(50);
        while (!batch.finished && performance.now() < until);
        if (token.current !== mine) return;
        if (!batch.finished) {
          setRun({ done: batch.done, total: posts.length, figures: null });
          await yieldToPage();
          if (token.current !== mine) return;
        }
      }
      setRun({ done: batch.done, total: posts.length, figures: batch.figures(), ms: Math.round(performance.now() - started) });
    })();
  }, [file, settings, ignoreSeasons]);

  const labels = useMemo(() => new Map(pageConfigOf(settings, starterTopics, locale).topics.map((topic) => [topic.id, topic.label])), [settings, locale]);
  const audienceLabels = useMemo(() => new Map(pageConfigOf(settings, starterTopics, locale).audiences.map((a) => [a.id, a.label])), [settings, locale]);
  const figures = run?.figures ?? null;
  const evaluation = useMemo(() => (figures && file && isLabelled(file.parsed.posts) ? evaluateLabelled(file.parsed.posts, figures) : null), [figures, file]);

  const open = async (input: HTMLInputElement) => {
    const picked = input.files?.[0];
    if (!picked) return;
    setFilter('');
    setShown(PAGE);
    setFile({ name: picked.name, parsed: parsePosts(await picked.text(), picked.name) });
  };

  const label = (id: string) => labels.get(id) ?? id;
  const total = run?.total ?? 0;
  const visible = figures ? figures.results.filter((r) => filter === '' || r.topics.includes(filter)) : [];
  const state = !file ? 'empty' : figures ? 'done' : 'running';

  return (
    <section id="batch" aria-labelledby="batch-title" data-testid="batch" data-state={state} data-done={run?.done} data-total={run?.total} data-ms={run?.ms}>
      <h2 id="batch-title">{t.batchTitle}</h2>
      <p class="hint">{t.batchIntro}</p>
      <div class="field">
        <label for="batch-file">{t.batchFile}</label>
        <input id="batch-file" type="file" accept=".txt,.csv,.tsv,.jsonl,.ndjson,.json,.js,text/plain,text/csv,application/json" data-testid="batch-file" onChange={(e) => void open(e.currentTarget)} />
      </div>
      <div class="field inline">
        <input id="batch-seasons" type="checkbox" checked={ignoreSeasons} onChange={(e) => setIgnoreSeasons(e.currentTarget.checked)} />
        <label for="batch-seasons">{t.batchSeasons}</label>
      </div>
      {file && (
        <p data-testid="batch-read">
          {format(t.batchRead, { file: file.name, n: numberText(locale, file.parsed.posts.length), format: formatName(t, file.parsed) })}
        </p>
      )}
      {file && file.parsed.problems.length > 0 && (
        <details class="problems" data-testid="batch-problems">
          <summary>{format(t.batchReadProblems, { n: file.parsed.problems.length })}</summary>
          <ul>{file.parsed.problems.slice(0, 100).map((p, i) => <li key={i}>{problemText(t, p)}</li>)}</ul>
        </details>
      )}
      {run && (
        <div class="progress">
          <label for="batch-progress">{t.batchProgress}</label>
          <progress id="batch-progress" max={Math.max(1, run.total)} value={run.done} data-testid="batch-progress" />
          <p role="status" aria-live="polite" data-testid="batch-status">{announcement(t, locale, run)}</p>
        </div>
      )}
      {figures && (
        <div data-testid="batch-results">
          <h3>{t.batchPerTopic}</h3>
          <table data-testid="batch-topics">
            <thead><tr><th scope="col">{t.topic}</th><th scope="col">{t.postsFlagged}</th><th scope="col">{t.share}</th></tr></thead>
            <tbody>
              {figures.topics.filter((row) => row.posts > 0 || settings.topics.some((topic) => topic.id === row.topic)).map((row) => (
                <tr key={row.topic} data-topic={row.topic}>
                  <th scope="row">{label(row.topic)}</th>
                  <td>{numberText(locale, row.posts)}</td>
                  <td>{percentText(locale, total ? row.posts / total : null)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {figures.learned > 0 && <p class="hint" data-testid="batch-learned">{format(t.batchLearned, { posts: numberText(locale, figures.learned) })}</p>}
          {figures.audiences.some((row) => row.posts > 0) && (
            <>
              <h3>{t.batchAudiences}</h3>
              <table>
                <tbody>
                  {figures.audiences.map((row) => (
                    <tr key={row.topic}><th scope="row">{audienceLabels.get(row.topic) ?? row.topic}</th><td>{numberText(locale, row.posts)}</td></tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          <h3>{t.batchKeywords}</h3>
          <p class="hint">{t.batchKeywordsIntro}</p>
          <table data-testid="batch-keywords">
            <thead><tr><th scope="col">{t.keyword}</th><th scope="col">{t.topic}</th><th scope="col">{t.posts}</th><th scope="col">{t.matches}</th></tr></thead>
            <tbody>
              {figures.keywords.slice(0, 25).map((row) => {
                const noisy = total > 0 && row.posts / total >= NOISY_SHARE;
                return (
                  <tr key={`${row.topic} ${row.keyword}`} data-keyword={row.keyword} data-noisy={noisy || undefined} class={noisy ? 'noisy' : undefined}>
                    <th scope="row"><code>{row.keyword}</code>{noisy && <span class="badge"> {format(t.noisy, { share: percentText(locale, row.posts / total) })}</span>}</th>
                    <td>{label(row.topic)}</td>
                    <td>{numberText(locale, row.posts)}</td>
                    <td>{numberText(locale, row.matches)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {evaluation && (
            <div data-testid="batch-eval">
              <h3>{t.evalTitle}</h3>
              <p>{format(t.evalIntro, { n: numberText(locale, evaluation.posts), sensitive: numberText(locale, evaluation.sensitive), harmless: numberText(locale, evaluation.harmless) })}</p>
              <p data-testid="eval-recall">{format(t.evalRecall, { recall: percentText(locale, evaluation.recall) })}</p>
              <p data-testid="eval-false">{format(t.evalFalse, { rate: percentText(locale, evaluation.falsePositiveRate) })}</p>
              <table data-testid="eval-topics">
                <thead><tr><th scope="col">{t.topic}</th><th scope="col">{t.labelled}</th><th scope="col">{t.found}</th><th scope="col">{t.recall}</th><th scope="col">{t.falsePositives}</th></tr></thead>
                <tbody>
                  {evaluation.topics.filter((row) => row.labelled > 0 || row.falsePositives > 0).map((row) => (
                    <tr key={row.topic} data-topic={row.topic}>
                      <th scope="row">{label(row.topic)}</th>
                      <td>{numberText(locale, row.labelled)}</td>
                      <td>{numberText(locale, row.found)}</td>
                      <td>{percentText(locale, row.recall)}</td>
                      <td>{numberText(locale, row.falsePositives)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {evaluation.unknownLabels.length > 0 && <p class="hint">{format(t.evalUnknown, { labels: evaluation.unknownLabels.join(', ') })}</p>}
            </div>
          )}
          <h3>{t.batchFlaggedPosts}</h3>
          {figures.results.length === 0 ? (
            <p>{t.batchNothing}</p>
          ) : (
            <>
              <div class="field">
                <label for="batch-filter">{t.batchFilter}</label>
                <select id="batch-filter" value={filter} onChange={(e) => (setFilter(e.currentTarget.value), setShown(PAGE))}>
                  <option value="">{t.batchAllTopics}</option>
                  {figures.topics.filter((row) => row.posts > 0).map((row) => <option key={row.topic} value={row.topic}>{label(row.topic)} ({numberText(locale, row.posts)})</option>)}
                </select>
              </div>
              <ol class="flagged" data-testid="batch-flagged">
                {visible.slice(0, shown).map((result) => {
                  const post = file!.parsed.posts[result.index]!;
                  return (
                    <li key={result.index} data-id={post.id}>
                      <h4>{format(t.batchPostHeading, { id: post.id, line: post.line })}</h4>
                      <DraftPreview t={catalogs[locale]} parts={[{ kind: 'post', text: post.text }]} highlights={result.findings} />
                      <p class="hint">{result.topics.map((topic) => `${label(topic)}: ${[...new Set(result.findings.filter((f) => f.topic === topic).map((f) => f.match))].join(', ')}`).join(' · ')}</p>
                    </li>
                  );
                })}
              </ol>
              {visible.length > shown && <button type="button" onClick={() => setShown(shown + PAGE)}>{format(t.batchShowMore, { n: Math.min(PAGE, visible.length - shown) })}</button>}
            </>
          )}
        </div>
      )}
    </section>
  );
}
