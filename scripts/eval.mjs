// `npm run eval`: how well the starter code does on the labelled posts in tests/eval/posts.json.
// `--verbose` lists every miss and every false positive.
import { readFileSync } from 'node:fs';
import { importTs } from './load-ts.mjs';

const { evaluate } = await importTs('tests/eval/evaluate.ts');
const { starterTopics } = await importTs('src/core/starter/topics.ts');
const posts = JSON.parse(readFileSync('tests/eval/posts.json', 'utf8'));
const result = evaluate(starterTopics, posts);
const pct = (x) => `${(x * 100).toFixed(1)}%`;

console.log(`${result.posts} labelled posts: ${result.sensitive} sensitive, ${result.harmless} harmless\n`);
console.log('| topic | sensitive posts | found | recall |');
console.log('|---|---|---|---|');
for (const [topic, row] of Object.entries(result.perTopic).sort()) console.log(`| ${topic} | ${row.posts} | ${row.found} | ${pct(row.recall)} |`);
console.log(`| **all** | ${result.sensitive} | ${result.sensitive - result.misses.length} | **${pct(result.recall)}** |`);
console.log(`\nFalse positives on harmless posts: ${result.falsePositives.length} of ${result.harmless} = **${pct(result.falsePositiveRate)}**`);
if (process.argv.includes('--verbose')) {
  for (const m of result.misses) console.log(`\nMISS ${m.id} [${m.topics}] found [${m.found}]: ${m.text.replace(/\n/g, ' ⏎ ')}`);
  for (const f of result.falsePositives) console.log(`\nFALSE ${f.id} ${f.findings.map((x) => `${x.topic}:"${x.match}"`).join(', ')}: ${f.text.replace(/\n/g, ' ⏎ ')}`);
}
