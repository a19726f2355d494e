// `npm run bench`: every performance measurement of the project in one run. Writes bench/results.json and
// bench/results.md (the table the README shows) and prints the table.
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { buildPages } from '../tests/pages/build.mjs';
import { injectedSize } from '../bench/size.mjs';
import { measureKeystroke, measureLatency } from '../bench/browser.mjs';

execSync('npx vite build', { stdio: 'ignore' });
await buildPages();

const size = injectedSize();
const latency = await measureLatency();
const keystroke = await measureKeystroke();

const rows = [
  ['Injected into every page (gzip -9)', `${(size.gzipBytes / 1024).toFixed(2)} KB (${size.files.length} file, ${(size.rawBytes / 1024).toFixed(1)} KB raw)`, '≤ 15 KB'],
  ['Web-accessible resources', String(size.webAccessibleResources), '0'],
  ...latency.map((l) => [`Click on Post → dialog visible, ${l.surface}`, `median ${l.medianMs} ms, p95 ${l.p95Ms} ms (${l.rounds} rounds)`, 'median < 50 ms']),
  ['Keystroke dispatch, all listeners (X demo)', `${keystroke.withExtensionMs} ms with PostPause, ${keystroke.withoutExtensionMs} ms without (${keystroke.keys} keys)`, 'no work per keystroke'],
];

const table = ['| measurement | result | target |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const results = { date: new Date().toISOString(), machine: `${process.platform} ${process.arch}, node ${process.version}`, size, latency, keystroke };
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
writeFileSync('bench/results.md', table + '\n');
console.log(table);
