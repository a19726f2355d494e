// `npm run eval`: how the starter code does on labelled posts (tests/eval/sets/README.md): first the frozen
// test half, which is never read while tuning, then the held-out rounds of new writers, then the tuning part, labelled as such.
// `--tuning-details` lists the tuning part's misses and false positives (never the frozen half's);
// `--tuning-only` leaves the frozen half out altogether, for whoever is tuning. Each part is measured as a pause
// judges (keywords, then the learned weights), and also with the keywords alone, for comparison.
import { importTs } from './load-ts.mjs';

const { evaluate } = await importTs('tests/eval/evaluate.ts');
const { FROZEN, HELD_OUT, TUNING, readSet } = await importTs('tests/eval/sets.ts');
const { starterTopics } = await importTs('src/core/starter/topics.ts');
const pct = (x) => `${(x * 100).toFixed(1)}%`;
const keywordsOnly = starterTopics.map(({ learned: _, ...topic }) => topic);

function report(title, posts) {
  const result = evaluate(starterTopics, posts);
  console.log(`\n## ${title}: ${result.posts} posts, ${result.sensitive} sensitive, ${result.harmless} harmless\n`);
  console.log('| topic | sensitive posts | found | recall |');
  console.log('|---|---|---|---|');
  for (const [topic, row] of Object.entries(result.perTopic).sort()) console.log(`| ${topic} | ${row.posts} | ${row.found} | ${pct(row.recall)} |`);
  console.log(`| **all** | ${result.sensitive} | ${result.sensitive - result.misses.length} | **${pct(result.recall)}** |`);
  console.log(`\n| language | sensitive | recall | harmless | false positives |\n|---|---|---|---|---|`);
  for (const [lang, f] of Object.entries(result.perLanguage).sort()) console.log(`| ${lang} | ${f.sensitive} | ${pct(f.recall)} | ${f.harmless} | ${pct(f.falsePositiveRate)} |`);
  console.log(`\nFalse positives on harmless posts: ${result.falsePositives.length} of ${result.harmless} = **${pct(result.falsePositiveRate)}**`);
  const bare = evaluate(keywordsOnly, posts);
  console.log(`\nWith the keywords alone (no learned weights): recall ${pct(bare.recall)}, false positives ${pct(bare.falsePositiveRate)}`);
  return result;
}

if (!process.argv.includes('--tuning-only')) {
  report('Frozen test half (never tuned on)', readSet(FROZEN));
  for (const set of HELD_OUT) report(`Held-out round ${set.replace(/^heldout-|\.jsonl$/g, '')} (new writers; never tuned or trained on)`, readSet(set));
}
const tuning = report('Tuning part (tuned on: optimistic)', TUNING.flatMap(readSet));
if (process.argv.includes('--tuning-details')) {
  for (const m of tuning.misses) console.log(`\nMISS ${m.id} [${m.topics}] found [${m.found}]: ${m.text.replace(/\n/g, ' ⏎ ')}`);
  for (const f of tuning.falsePositives) console.log(`\nFALSE ${f.id} ${f.findings.map((x) => `${x.topic}:"${x.match}"`).join(', ')}: ${f.text.replace(/\n/g, ' ⏎ ')}`);
}
