/**
 * Folding for comparison: compatibility decomposition (NFKD, so full-width forms, ligatures and the
 * "bold" mathematical letters become plain letters), lower case, and no combining marks (diacritics) or
 * invisible format characters. Keeps, for every folded UTF-16 unit, the original range it came from, so a
 * match in folded text reports the original substring.
 */
/**
 * Folded text and the way back to the original. Runs of ASCII fold one to one (only their case changes), so
 * the map is kept per run, not per character: folding costs little more than `toLowerCase`.
 */
export class FoldedText {
  constructor(
    readonly original: string,
    readonly text: string,
    /** Where each segment starts in the folded text, and in the original. */
    private readonly foldedAt: number[],
    private readonly originalAt: number[],
    /** 1 for an ASCII run (one to one), 0 for one non-ASCII character (folded to one unit or more). */
    private readonly oneToOne: number[],
  ) {}

  private segment(i: number): number {
    let lo = 0;
    let hi = this.foldedAt.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.foldedAt[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The original offset where the character of folded unit `i` starts. */
  startOf(i: number): number {
    const k = this.segment(i);
    return this.originalAt[k]! + (this.oneToOne[k] ? i - this.foldedAt[k]! : 0);
  }

  /** The original offset where the character of folded unit `i` ends, with any marks folded away after it. */
  endOf(i: number): number {
    const k = this.segment(i);
    const last = k + 1 < this.foldedAt.length ? this.foldedAt[k + 1]! - 1 : this.text.length - 1;
    if (this.oneToOne[k] && i < last) return this.originalAt[k]! + (i - this.foldedAt[k]!) + 1;
    return k + 1 < this.originalAt.length ? this.originalAt[k + 1]! : this.original.length;
  }
}

// Marks, and default-ignorable characters (zero-width spaces and joiners, soft hyphen, variation
// selectors, bidi controls, tags) that would otherwise split a word or hide it: 'vo\u200Bte' is 'vote'.
// eslint-disable-next-line no-misleading-character-class -- each mark is dropped on its own, on purpose
const DROP = /[\p{M}\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{E0000}-\u{E0FFF}]/gu;

// Typographic quotes fold to ASCII, so "can't" in a keyword matches "can’t" in a post.
const QUOTES: Record<number, string> = { 0x2018: "'", 0x2019: "'", 0x201b: "'", 0x2032: "'", 0x201c: '"', 0x201d: '"', 0x201f: '"', 0x2033: '"' };

const cache = new Map<number, string>();

/** The folded form of one code point ('' for marks and invisible characters). */
export function foldCodePoint(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp >= 65 && cp <= 90 ? cp + 32 : cp);
  let folded = cache.get(cp);
  if (folded === undefined) {
    folded = QUOTES[cp] ?? String.fromCodePoint(cp).normalize('NFKD').toLowerCase().normalize('NFKD').replace(DROP, '');
    if (cache.size < 20_000) cache.set(cp, folded);
  }
  return folded;
}

/** Folds a whole string (keywords), without offsets. */
export function foldString(s: string): string {
  let out = '';
  for (const ch of s) out += foldCodePoint(ch.codePointAt(0)!);
  return out;
}

/** Folds text and keeps the map back to original offsets. Linear in the text. */
export function foldText(original: string): FoldedText {
  const chunks: string[] = [];
  const foldedAt: number[] = [];
  const originalAt: number[] = [];
  const oneToOne: number[] = [];
  const n = original.length;
  let len = 0;
  for (let at = 0; at < n; ) {
    let stop = at;
    while (stop < n && original.charCodeAt(stop) < 0x80) stop++;
    if (stop > at) {
      foldedAt.push(len);
      originalAt.push(at);
      oneToOne.push(1);
      chunks.push(original.slice(at, stop).toLowerCase());
      len += stop - at;
    }
    if (stop === n) break;
    const cp = original.codePointAt(stop)!;
    const folded = foldCodePoint(cp);
    // A character folded away (a mark, an invisible one) gets no segment: the one before ends after it.
    if (folded.length > 0) {
      foldedAt.push(len);
      originalAt.push(stop);
      oneToOne.push(0);
      chunks.push(folded);
      len += folded.length;
    }
    at = stop + (cp > 0xffff ? 2 : 1);
  }
  return new FoldedText(original, chunks.join(''), foldedAt, originalAt, oneToOne);
}
