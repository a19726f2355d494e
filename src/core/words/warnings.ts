/**
 * Where a keyword will likely fire on posts that are not about its topic, said before the code goes out: it
 * is a very common word, a short abbreviation, or a wildcard that takes in many common words. And, as a note,
 * a word that stands inside many common words, which it will not match (the matcher takes whole words).
 * Pure and cached per keyword, so the editor can recheck every keyword at each edit.
 */
import { keywordKind } from '../matcher/compile.ts';
import { tokenClassOf } from '../text/tokens.ts';
import { commonRank, commonWords, WORD_LANGUAGES, type WordLanguage } from './index.ts';

export type KeywordWarning =
  /** The keyword is itself one of the most common words of `language` (`rank` 1 is the most common). */
  | { kind: 'common'; language: WordLanguage; rank: number }
  /** A short abbreviation or word: `letters` letters or digits, 3 at most. */
  | { kind: 'short'; letters: number }
  /** A wildcard that matches `count` common words, the most common of them in `examples`. */
  | { kind: 'compounds'; count: number; examples: string[] }
  /** A note, not a warning: a whole word that stands inside `count` common longer words, which it does not match. */
  | { kind: 'inside'; count: number; examples: string[] };

/** Abbreviations and words this short are often something else too ('cda', 'gop', 'ai'). */
export const SHORT_LETTERS = 3;
/** A wildcard that takes in this many common words is too wide. */
export const COMPOUNDS_FROM = 3;
/** A whole word inside this many common words gets the note. */
export const INSIDE_FROM = 5;
const EXAMPLES = 5;

/** Every common word (both languages, each once, in order of rank) for which `test` holds. */
function commonMatching(test: (word: string) => boolean, except?: string) {
  const found = new Map<string, number>();
  for (const language of WORD_LANGUAGES) {
    commonWords(language).forEach((word, i) => {
      if (word !== except && test(word)) found.set(word, Math.min(found.get(word) ?? Infinity, i));
    });
  }
  return [...found.entries()].sort((a, b) => a[1] - b[1]).map(([word]) => word);
}

const commonIn = (folded: string): KeywordWarning[] =>
  WORD_LANGUAGES.flatMap((language) => {
    const rank = commonRank(folded, language);
    return rank === undefined ? [] : [{ kind: 'common' as const, language, rank }];
  });

const letterCount = (folded: string) => [...folded.matchAll(/[\p{L}\p{N}]/gu)].length;

function compute(keyword: string): KeywordWarning[] {
  if (tokenClassOf(keyword)) return [];
  const { kind, folded } = keywordKind(keyword);
  const warnings: KeywordWarning[] = [];
  if (kind === 'word') {
    warnings.push(...commonIn(folded));
    if (folded.length <= SHORT_LETTERS) warnings.push({ kind: 'short', letters: folded.length });
    const inside = commonMatching((word) => word.length > folded.length && word.includes(folded), folded);
    if (inside.length >= INSIDE_FROM) warnings.push({ kind: 'inside', count: inside.length, examples: inside.slice(0, EXAMPLES) });
  } else if (kind === 'prefix' || kind === 'suffix' || kind === 'contains') {
    warnings.push(...commonIn(folded));
    if (folded.length <= SHORT_LETTERS) warnings.push({ kind: 'short', letters: folded.length });
    const test = kind === 'prefix' ? (w: string) => w.startsWith(folded) : kind === 'suffix' ? (w: string) => w.endsWith(folded) : (w: string) => w.includes(folded);
    const matched = commonMatching(test);
    if (matched.length >= COMPOUNDS_FROM) warnings.push({ kind: 'compounds', count: matched.length, examples: matched.slice(0, EXAMPLES) });
  } else if (kind === 'literal') {
    // "(pvv)", "#cda": a short abbreviation in decoration is still a short abbreviation.
    const letters = letterCount(folded);
    if (letters > 0 && letters <= SHORT_LETTERS && /^[^\p{L}\p{N}]*[\p{L}\p{N}]+[^\p{L}\p{N}]*$/u.test(folded)) warnings.push({ kind: 'short', letters });
  }
  return warnings;
}

const cache = new Map<string, KeywordWarning[]>();

/** What may go wrong with `keyword` (as the code writes it); none for a phrase or a token class. */
export function keywordWarnings(keyword: string): readonly KeywordWarning[] {
  let warnings = cache.get(keyword);
  if (!warnings) {
    warnings = compute(keyword);
    if (cache.size > 50_000) cache.clear();
    cache.set(keyword, warnings);
  }
  return warnings;
}

/** A warning proper (the keyword may misfire), as opposed to the note that a word does not match longer words. */
export const isMisfire = (warning: KeywordWarning) => warning.kind !== 'inside';
