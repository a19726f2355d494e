/**
 * Words: maximal runs of letters and digits in folded text (marks are folded away already); everything
 * else separates words. Hashtags written in camelCase also give their parts ('#BlackLivesMatter').
 */
import type { FoldedText } from './fold.ts';

export interface Word {
  /** Folded offsets: [start, end). */
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export const isWordChar = (ch: string | undefined) => ch !== undefined && ch !== '' && WORD_CHAR.test(ch);

export function words(folded: string): Word[] {
  const out: Word[] = [];
  for (const m of folded.matchAll(WORD)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

type Kind = 0 | 1 | 2 | 3; // other, lower, upper, digit

function kindOf(ch: string): Kind {
  if (ch >= '0' && ch <= '9') return 3;
  if (ch !== ch.toLowerCase()) return 2;
  if (ch !== ch.toUpperCase()) return 1;
  return /\p{N}/u.test(ch) ? 3 : 0;
}

/**
 * The camelCase parts of a hashtag word ('#ZwartePiet' → zwarte, piet), read from the original's case.
 * Returns [] for words that are not hashtags or have a single part.
 */
export function hashtagParts(word: Word, folded: FoldedText, original: string): Word[] {
  if (folded.text[word.start - 1] !== '#') return [];
  const cuts: number[] = [word.start];
  let prev: Kind = 0;
  for (let i = word.start; i < word.end; i++) {
    const src = folded.start[i]!;
    // The first folded unit of each original character decides its case.
    if (i > word.start && folded.start[i - 1] === src) continue;
    const cp = original.codePointAt(src)!;
    const kind = kindOf(String.fromCodePoint(cp));
    const nextKind = i + 1 < word.end ? kindOf(String.fromCodePoint(original.codePointAt(folded.start[i + 1]!)!)) : 0;
    const boundary =
      i > word.start &&
      ((prev === 1 && kind === 2) || // fooBar
        (prev !== 3 && kind === 3) || (prev === 3 && kind !== 3) || // digits apart
        (prev === 2 && kind === 2 && nextKind === 1)); // HTMLParser → HTML, Parser
    if (boundary) cuts.push(i);
    prev = kind;
  }
  if (cuts.length < 2) return [];
  cuts.push(word.end);
  const parts: Word[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const s = cuts[k]!;
    const e = cuts[k + 1]!;
    parts.push({ start: s, end: e, text: folded.text.slice(s, e) });
  }
  return parts;
}
