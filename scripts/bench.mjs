// `npm run bench`: every performance measurement of the project in one run. Writes bench/results.json and
// bench/results.md (the table the README shows) and prints the table.
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { buildPages } from '../tests/pages/build.mjs';
import { injectedSize } from '../bench/size.mjs';
import { measureKeystroke, measureLatency } from '../bench/browser.mjs';
import { measureMutations, measureRounds } from '../bench/page-cost.mjs';
import { measureAnswerCost, measureFirstPause } from '../bench/first-pause.mjs';
import { NEVER_PAUSED, SURFACES } from '../tests/pages/locators.mjs';
import { importTs } from './load-ts.mjs';

execSync('npx vite build', { stdio: 'ignore' });
await buildPages();

const { runMatcherBench } = await importTs('bench/matcher.ts');
const matcher = runMatcherBench();
const size = injectedSize();
const latency = await measureLatency();
const keystroke = await measureKeystroke();
const mutations = await measureMutations();
const rounds = await measureRounds();
// The first pause of a freshly loaded page, and the later ones, on every surface that pauses and publishes on
// typing and one press (a poll needs its choices, an Article its title first: their own browser tests cover them).
const NEEDS_MORE_STEPS = ['xPoll', 'xArticle'];
const measured = Object.entries(SURFACES).filter(([name]) => !NEVER_PAUSED.includes(name) && !NEEDS_MORE_STEPS.includes(name));
const firstPause = await measureFirstPause(measured.map(([name, surface]) => ({ name, ...surface })), { loads: 3, later: 3 });
const answer = await measureAnswerCost({ name: 'xHome', ...SURFACES.xHome });
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

const rows = [
  ['Injected into every page (gzip -9)', `${(size.gzipBytes / 1024).toFixed(2)} KB (${size.files.length} file, ${(size.rawBytes / 1024).toFixed(1)} KB raw)`, '≤ 15 KB'],
  ['Dialog module, loaded once the user starts writing (gzip -9)', `${(size.onDemandGzipBytes / 1024).toFixed(2)} KB (${size.onDemandFiles.join(', ')})`, 'the only web-accessible file'],
  ...latency.map((l) => [`Click on Post → dialog visible, ${l.surface}`, `median ${l.medianMs} ms, p95 ${l.p95Ms} ms (${l.rounds} rounds)`, 'median < 50 ms']),
  ['Keystroke dispatch, all listeners (X demo)', `${keystroke.withExtensionMs} ms with PostPause, ${keystroke.withoutExtensionMs} ms without (${keystroke.keys} keys)`, 'no work per keystroke'],
  ['Busy timeline: one batch of mutations (median)', `${mutations.withMs} ms with PostPause, ${mutations.withoutMs} ms without (${mutations.mutationsPerBatch} mutations a batch, ${mutations.batches} batches; no observer of ours)`, 'no work per mutation'],
  ...firstPause.map((f) => [`First pause of a fresh page → dialog visible, ${f.surface}`, `first: median ${f.firstMedianMs} ms, max ${f.firstMaxMs} ms; later: median ${f.laterMedianMs} ms, max ${f.laterMaxMs} ms (${f.loads} loads)`, 'first median ≤ 20 ms, max ≤ 40 ms']),
  ['A pause answered with the keyboard (press → published, X home)', `unflagged ${answer.unflagged} ms; flagged ${answer.flagged} ms (the 3 s countdown)`, 'unflagged: no wait'],
  [`${rounds.rounds} rounds of compose, pause, keep editing, post (X)`, `heap ${kb(rounds.paused.heapAfterBytes)} after; growth with pauses: heap +${kb(rounds.paused.heapBytes)}, nodes +${rounds.paused.nodes}, listeners +${rounds.paused.listeners}; the same rounds unpaused: heap +${kb(rounds.plain.heapBytes)}, nodes +${rounds.plain.nodes}, listeners +${rounds.plain.listeners}`, 'no growth beyond the page\'s own'],
];

const ms = (x) => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const row = (k, t) => matcher.rows.find((r) => r.keywords === k && r.text === t);
const post5k = row(5000, 'post');
const ratios = {
  fiveThousandVsFifty: post5k.postpauseMs / row(50, 'post').postpauseMs,
  vsAlternation: post5k.alternationMs / post5k.postpauseMs,
  vsObscenity: post5k.obscenityMs / post5k.postpauseMs,
};
rows.push(
  ['Matcher: 3,000-character post, 5,000 keywords (median, folding included)', `${ms(post5k.postpauseMs)} ms`, '< 0.2 ms'],
  ['Matcher: 5,000 keywords vs 50 (post)', `${ratios.fiveThousandVsFifty.toFixed(2)}×`, '≤ 2×'],
  ['Matcher vs one RegExp alternation, 5,000 keywords (post)', `${ratios.vsAlternation.toFixed(1)}× faster`, '≥ 3×'],
  ['Matcher vs obscenity, 5,000 keywords (post)', `${ratios.vsObscenity.toFixed(0)}× faster`, '≥ 30×'],
  ['Matcher: 1 MB of text, 5,000 keywords', `${ms(row(5000, '1 MB').postpauseMs)} ms`, '< 50 ms'],
  ['Matcher: compiling 5,000 keywords (median)', `${ms(matcher.compileMs[5000])} ms`, '< 20 ms'],
  ['Matcher: hostile code (2,000 wildcard keywords of one letter) on 20,000 repeated letters', `${ms(matcher.hostileMs)} ms`, '< 50 ms (linear, no backtracking)'],
  ['Starter code: the configuration each tab gets (JSON)', `${kb(matcher.starter.configBytes)} (${matcher.starter.rules} keywords with conditions; learned weights ${kb(matcher.starter.learnedBytes)})`, '≤ 320 KB (read once a page from extension storage)'],
  ['Starter code: compiling it, keywords and learned weights (median)', `${ms(matcher.starter.compileMs)} ms`, '< 50 ms (once a page, while idle)'],
  ['Starter code: 3,000 characters of real posts, the whole analysis (median)', `${ms(matcher.starter.postMs)} ms (the median over ${matcher.starter.samples} sets’ posts; the slowest set ${ms(matcher.starter.slowestPostMs)} ms)`, '< 2 ms (once a publish)'],
);
const matcherTable = [
  '| keywords | text | PostPause | RegExp alternation | obscenity |',
  '|---|---|---|---|---|',
  ...matcher.rows.map((r) => `| ${r.keywords} | ${r.text} (${r.chars} chars) | ${ms(r.postpauseMs)} ms | ${ms(r.alternationMs)} ms | ${ms(r.obscenityMs)} ms |`),
].join('\n');
const table = ['| measurement | result | target |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n\nMatcher, side by side (median):\n\n' + matcherTable;
const results = { date: new Date().toISOString(), machine: `${process.platform} ${process.arch}, node ${process.version}`, size, latency, firstPause, answer, keystroke, mutations, rounds, matcher: { ...matcher, ratios } };
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
writeFileSync('bench/results.md', table + '\n');
console.log(table);
