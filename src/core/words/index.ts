/**
 * The built-in lists of common English and Dutch words (see README.md for where they come from): a word's
 * rank, and the words themselves, most common first. Folded as the matcher folds text.
 */
import { EN_WORDS } from './en.ts';
import { NL_WORDS } from './nl.ts';

export type WordLanguage = 'en' | 'nl';
export const WORD_LANGUAGES: readonly WordLanguage[] = ['nl', 'en'];

const lists: Partial<Record<WordLanguage, { words: string[]; rank: Map<string, number> }>> = {};

function list(language: WordLanguage) {
  let entry = lists[language];
  if (!entry) {
    const words = (language === 'en' ? EN_WORDS : NL_WORDS).trim().split(/\s+/);
    entry = { words, rank: new Map(words.map((word, i) => [word, i + 1])) };
    lists[language] = entry;
  }
  return entry;
}

/** The common words of `language`, most common first. */
export const commonWords = (language: WordLanguage): readonly string[] => list(language).words;

/** A folded word's place among the common words of `language` (1 is the most common), if it is one. */
export const commonRank = (folded: string, language: WordLanguage): number | undefined => list(language).rank.get(folded);
