/** The labelled sets (see sets/README.md), read as posts for `evaluate`. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledPost } from './evaluate.ts';

// From the repository root, where npm scripts and the tests run.
const dir = join('tests', 'eval', 'sets');

export const FROZEN = 'frozen.jsonl';
/** Rounds of new writers kept out of all tuning and training, each measured with the code as shipped (sets/README.md). */
export const HELD_OUT = ['heldout-2026-12n.jsonl'];
export const TUNING = ['tuning-2026-12m.jsonl', 'tuning-2026-12l.jsonl', 'tuning-2026-12k.jsonl', 'tuning-2026-12j.jsonl', 'tuning-2026-12i.jsonl', 'tuning-2026-12h.jsonl', 'tuning-2026-12g.jsonl', 'tuning-2026-12f.jsonl', 'tuning-2026-12e.jsonl', 'tuning-2026-12d.jsonl', 'tuning-2026-12c.jsonl', 'tuning-2026-12b.jsonl', 'tuning-2026-12.jsonl', 'tuning-2026-11.jsonl'];

/** A set's posts; its topic ids as the starter code spells them. */
export function readSet(file: string): LabelledPost[] {
  return readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line))
    .map((post) => ({ ...post, sensitive: post.sensitive.map((topic: string) => topic.replace('_', '-')) }));
}

/** The SHA-256 of sets' labelled posts (texts and labels, in order): what learned weights were learned from. */
export function fingerprint(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(JSON.stringify(readSet(file).map((post) => [post.text, post.sensitive])));
  return hash.digest('hex');
}
