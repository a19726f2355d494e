/**
 * The matcher side by side with a single RegExp alternation over the same folded keywords and with the
 * `obscenity` package's matcher, on a tweet, a post and 1 MB of text, with 50, 500 and 5,000 keywords.
 * Normalisation is included for every contender. Run through `npm run bench`.
 */
import { DataSet, RegExpMatcher, englishRecommendedTransformers, parseRawPattern } from 'obscenity';
import { analyseDraft, compileCode } from '../src/core/analysis.ts';
import { compileMatcher } from '../src/core/matcher/compile.ts';
import { findMatches } from '../src/core/matcher/match.ts';
import { foldString } from '../src/core/text/fold.ts';
import { mergeSettings } from '../src/core/policy/schema.ts';
import { pageConfigOf } from '../src/core/policy/settings.ts';
import { starterTopics } from '../src/core/starter/topics.ts';
import { readSet, TUNING } from '../tests/eval/sets.ts';

/** A small seeded generator, so every run measures the same lexicon and texts. */
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const SYLLABLES = ['ver', 'kie', 'zin', 'gen', 'bou', 'wen', 'pro', 'ject', 'stik', 'stof', 'lan', 'der', 'mo', 'ra', 'ti', 'ca', 'ne', 'ko', 'lu', 'pe', 'sa', 'dri', 'vo', 'me', 'ta', 'é', 'ö'];

/** Syllables of ordinary words in the texts, which never make a keyword. */
const FILLER = ['bla', 'tro', 'fu', 'quo', 'wix', 'zup', 'hem', 'gry', 'ny', 'ox', 'ja', 'bu', 'us'];

function word(rnd: () => number, syllables = SYLLABLES) {
  let w = '';
  const n = 2 + Math.floor(rnd() * 3);
  for (let i = 0; i < n; i++) w += syllables[Math.floor(rnd() * syllables.length)];
  return w;
}

/**
 * 75 % single words and 25 % phrases of two or three words, as employers' lexicons are made (docs/budgets.md). No wildcards: a
 * RegExp alternation with `stem[\p{L}\p{N}]*` branches loses V8's literal-alternation fast path and becomes
 * a hundred times slower, which would make the comparison unfair to it.
 */
export function lexicon(size: number, seed = 7): string[] {
  const rnd = random(seed);
  const out = new Set<string>();
  while (out.size < size) {
    if (rnd() < 0.75) out.add(word(rnd));
    else out.add(Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => word(rnd)).join(' '));
  }
  return [...out];
}

/** Text of about `length` characters: ordinary words, punctuation, accents, and a keyword in about one word of a hundred. */
export function text(length: number, keywords: string[], seed = 11): string {
  const rnd = random(seed);
  // About one word in fifty has an accent, as in ordinary Dutch posts ('één', 'café', 'coördinatie').
  const common = ['de', 'het', 'een', 'and', 'the', 'project', 'team', 'bouw', 'vandaag', 'we', 'our', 'site', 'trots', 'is', 'van', 'op', 'met', 'voor', 'for', 'with', 'in', 'to', 'of', 'dat', 'die', 'not', 'all', 'good', 'één', 'Café'];
  let out = '';
  while (out.length < length) {
    const r = rnd();
    const w = r < 0.01 ? keywords[Math.floor(rnd() * keywords.length)]! : r < 0.6 ? common[Math.floor(rnd() * common.length)]! : word(rnd, FILLER);
    out += (rnd() < 0.1 ? w[0]!.toUpperCase() + w.slice(1) : w) + (rnd() < 0.1 ? '. ' : rnd() < 0.05 ? ',\n' : ' ');
  }
  return out.slice(0, length);
}

function median(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => unknown, runs: number): number {
  for (let i = 0; i < Math.min(5, runs); i++) fn(); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One RegExp alternation over the folded keywords, longest first, the usual alternative to a compiled lexicon. */
function alternation(keywords: string[]) {
  const source = keywords.map((k) => escape(foldString(k))).sort((a, b) => b.length - a.length).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'gu');
  const fold = (t: string) => t.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return (t: string) => [...fold(t).matchAll(re)].length;
}

function obscenityMatcher(keywords: string[]) {
  const dataset = new DataSet<{ id: number }>();
  keywords.forEach((k, id) => dataset.addPhrase((phrase) => phrase.setMetadata({ id }).addPattern(parseRawPattern(`|${k}|`))));
  const matcher = new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers });
  return (t: string) => matcher.getAllMatches(t).length;
}

export interface MatcherRow {
  keywords: number;
  text: string;
  chars: number;
  postpauseMs: number;
  alternationMs: number;
  obscenityMs: number;
}

/**
 * Hostile input, as the unit tests feed it (they check the results, this measures the time): 2,000 wildcard
 * keywords over runs of one letter and regular-expression syntax, on 20,000 repeated letters.
 */
export function hostileMs(): number {
  const keywords = Array.from({ length: 2000 }, (_, i) => `${'a'.repeat(i % 50)}*${i}`).concat(['(a|a)*', '\\', '[', 'a'.repeat(500)]);
  const matcher = compileMatcher([{ id: 't', keywords }]);
  const sample = `${'a'.repeat(20_000)}!`;
  return time(() => findMatches(matcher, sample), 20);
}

/**
 * The starter code as a tab gets it: the bytes of the configuration the service worker hands each page (its
 * learned weights included), the time to compile it (matcher and weights), and real posts through the whole
 * analysis of a pause: from each tuning set its first posts run together to 3,000 characters, so that one set's
 * words do not decide the figure (the median over the sets, and the slowest).
 */
export function starterBench() {
  const configBytes = Buffer.byteLength(JSON.stringify(pageConfigOf(mergeSettings(), starterTopics, 'en')));
  const code = compileCode({ topics: starterTopics });
  const samples = TUNING.map((set) => {
    let sample = '';
    for (const post of readSet(set)) {
      if (sample.length >= 3000) break;
      sample += `${post.text}\n\n`;
    }
    return sample.slice(0, 3000);
  });
  const perSample = samples.map((sample) => time(() => analyseDraft(code, [sample]), 100));
  return {
    configBytes,
    rules: code.matcher.rules.length,
    learnedBytes: Buffer.byteLength(JSON.stringify(starterTopics.map((topic) => topic.learned ?? null))),
    compileMs: time(() => compileCode({ topics: starterTopics }), 15),
    postMs: median(perSample),
    slowestPostMs: Math.max(...perSample),
    samples: samples.length,
  };
}

export function runMatcherBench() {
  const rows: MatcherRow[] = [];
  const compileMs: Record<number, number> = {};
  for (const size of [50, 500, 5000]) {
    const keywords = lexicon(size);
    compileMs[size] = time(() => compileMatcher([{ id: 't', keywords }]), 15);
    const ours = compileMatcher([{ id: 't', keywords }]);
    const regex = alternation(keywords);
    const obscene = obscenityMatcher(keywords);
    for (const [name, length, runs] of [['tweet', 280, 300], ['post', 3000, 200], ['1 MB', 1_000_000, 5]] as const) {
      const sample = text(length, keywords);
      rows.push({
        keywords: size,
        text: name,
        chars: sample.length,
        postpauseMs: time(() => findMatches(ours, sample), runs),
        alternationMs: time(() => regex(sample), runs),
        // obscenity on 1 MB takes seconds a run: one run there.
        obscenityMs: time(() => obscene(sample), length > 100_000 ? 1 : runs),
      });
    }
  }
  return { rows, compileMs, hostileMs: hostileMs(), starter: starterBench() };
}
