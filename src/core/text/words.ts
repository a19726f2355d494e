/**
 * Words: maximal runs of letters and digits in folded text (marks are folded away already); everything
 * else separates words. Hashtags written in camelCase also give their parts ('#BlackLivesMatter').
 */
import type { FoldedText } from './fold.ts';

export interface Word {
  /** Folded offsets: [start, end). */
  start: number;
  end: number;
  /** `hashOf` of the word's folded text: words are looked up by number, and no string is made per word. */
  hash: number;
}

/** A 32-bit hash of folded text (of `text.slice(from, to)`), the same one the word scan computes. */
export function hashOf(text: string, from = 0, to = text.length): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const wordCache = new Map<number, boolean>();

/** Whether a code point is a letter or a digit (ASCII answered directly, the rest looked up once). */
function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) return (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90);
  let known = wordCache.get(cp);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(cp));
    if (wordCache.size < 20_000) wordCache.set(cp, known);
  }
  return known;
}

export const isWordChar = (ch: string | undefined) => ch !== undefined && ch !== '' && isWordCodePoint(ch.codePointAt(0)!);

/**
 * Words kept in columns (typed arrays), not one object each: a long text has hundreds of thousands of words,
 * and objects for them would cost more in garbage collection than the matching itself.
 */
export class WordList {
  count = 0;
  start = new Int32Array(64);
  end = new Int32Array(64);
  hash = new Int32Array(64);

  push(start: number, end: number, hash: number) {
    if (this.count === this.start.length) {
      const size = this.count * 2;
      const grow = (a: Int32Array) => {
        const b = new Int32Array(size);
        b.set(a);
        return b;
      };
      this.start = grow(this.start);
      this.end = grow(this.end);
      this.hash = grow(this.hash);
    }
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.hash[this.count++] = hash;
  }

  word(i: number): Word {
    return { start: this.start[i]!, end: this.end[i]!, hash: this.hash[i]! };
  }
}

/** The words of folded text, scanned once, each with its hash. */
export function words(folded: string): WordList {
  const out = new WordList();
  const n = folded.length;
  let from = -1;
  let hash = 0;
  for (let i = 0; i < n; ) {
    const unit = folded.charCodeAt(i);
    // Folded text has no upper-case ASCII; the common case needs no call.
    const cp = unit < 0x80 ? unit : folded.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (cp < 0x80 ? (cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57) : isWordCodePoint(cp)) {
      if (from < 0) {
        from = i;
        hash = 0;
      }
      hash = (Math.imul(hash, 31) + unit) | 0;
      if (width === 2) hash = (Math.imul(hash, 31) + folded.charCodeAt(i + 1)) | 0;
    } else if (from >= 0) {
      out.push(from, i, hash);
      from = -1;
    }
    i += width;
  }
  if (from >= 0) out.push(from, n, hash);
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
    const src = folded.startOf(i);
    // The first folded unit of each original character decides its case.
    if (i > word.start && folded.startOf(i - 1) === src) continue;
    const cp = original.codePointAt(src)!;
    const kind = kindOf(String.fromCodePoint(cp));
    const nextKind = i + 1 < word.end ? kindOf(String.fromCodePoint(original.codePointAt(folded.startOf(i + 1))!)) : 0;
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
    parts.push({ start: s, end: e, hash: hashOf(folded.text, s, e) });
  }
  return parts;
}
