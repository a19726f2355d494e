/**
 * Folding for comparison: compatibility decomposition (NFKD, so full-width forms, ligatures and the
 * "bold" mathematical letters become plain letters), lower case, and no combining marks (diacritics) or
 * invisible format characters. Keeps, for every folded UTF-16 unit, the original range it came from, so a
 * match in folded text reports the original substring.
 */
export interface FoldedText {
  /** The folded text. */
  text: string;
  /** For folded unit i: the original offset where its source character starts. */
  start: Int32Array;
  /** For folded unit i: the original offset where its source ends (including marks folded away after it). */
  end: Int32Array;
}

// Marks, and default-ignorable characters (zero-width spaces and joiners, soft hyphen, variation
// selectors, bidi controls, tags) that would otherwise split a word or hide it: 'vo\u200Bte' is 'vote'.
const DROP = /[\p{M}\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{E0000}-\u{E0FFF}]/gu;

const cache = new Map<number, string>();

/** The folded form of one code point ('' for marks and invisible characters). */
export function foldCodePoint(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp >= 65 && cp <= 90 ? cp + 32 : cp);
  let folded = cache.get(cp);
  if (folded === undefined) {
    folded = String.fromCodePoint(cp).normalize('NFKD').toLowerCase().normalize('NFKD').replace(DROP, '');
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
  const n = original.length;
  // Folding rarely grows text; grow the arrays when a character expands (ligatures, ½ → 1⁄2).
  let start = new Int32Array(n + 8);
  let end = new Int32Array(n + 8);
  let out = '';
  let len = 0;
  for (let i = 0; i < n; ) {
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    if (folded.length === 0) {
      // Folded away: the previous character's range grows over it, so a match keeps its accents.
      if (len > 0) end[len - 1] = i + width;
    } else {
      if (len + folded.length > start.length) {
        const size = Math.max(start.length * 2, len + folded.length + 8);
        const grownStart = new Int32Array(size);
        const grownEnd = new Int32Array(size);
        grownStart.set(start);
        grownEnd.set(end);
        start = grownStart;
        end = grownEnd;
      }
      for (let k = 0; k < folded.length; k++) {
        start[len + k] = i;
        end[len + k] = i + width;
      }
      out += folded;
      len += folded.length;
    }
    i += width;
  }
  return { text: out, start: start.subarray(0, len), end: end.subarray(0, len) };
}
