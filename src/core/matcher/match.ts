/**
 * Finds a code's keywords in a text (the rules of the topics issue): folded comparison, whole words,
 * phrases, glued phrases, camelCase hashtags, wildcards, literals on grapheme boundaries, exceptions, and
 * leftmost-longest non-overlapping results in text order. Linear in the text; nearly independent of the
 * number of keywords (hash lookups per word, not a scan per keyword).
 */
import { foldText, type FoldedText } from '../text/fold.ts';
import { isGraphemeBoundary } from '../text/graphemes.ts';
import { hashtagParts, isWordChar, words, type Word } from '../text/words.ts';
import type { Entry, Index, Matcher } from './compile.ts';

/** One match: offsets are UTF-16 indices into the original text, and `match` is `text.slice(start, end)`. */
export interface Finding {
  topic: string;
  keyword: string;
  match: string;
  start: number;
  end: number;
}

/** A match in folded offsets. */
interface Span {
  s: number;
  e: number;
  entry: Entry;
}

interface Prepared {
  original: string;
  folded: FoldedText;
  words: Word[];
  /** The words with camelCase hashtags replaced by their parts. */
  expanded: Word[];
  /** Only the parts of camelCase hashtags. */
  parts: Word[];
}

function prepare(original: string): Prepared {
  const folded = foldText(original);
  const list = words(folded.text);
  const expanded: Word[] = [];
  const parts: Word[] = [];
  for (const word of list) {
    const split = hashtagParts(word, folded, original);
    if (split.length === 0) expanded.push(word);
    else {
      expanded.push(...split);
      parts.push(...split);
    }
  }
  return { original, folded, words: list, expanded, parts };
}

const codePointBefore = (text: string, pos: number) => {
  if (pos <= 0) return undefined;
  const low = text.charCodeAt(pos - 1);
  const from = low >= 0xdc00 && low <= 0xdfff && pos >= 2 ? pos - 2 : pos - 1;
  return String.fromCodePoint(text.codePointAt(from)!);
};
const codePointAt = (text: string, pos: number) => (pos < text.length ? String.fromCodePoint(text.codePointAt(pos)!) : undefined);

function findSpans(index: Index, p: Prepared): Span[] {
  const spans: Span[] = [];
  if (index.size === 0) return spans;
  const { folded } = p;
  const text = folded.text;

  for (const list of [p.words, p.parts]) {
    for (const w of list) {
      const entry = index.words.get(w.text);
      if (entry) spans.push({ s: w.start, e: w.end, entry });
    }
  }

  const { lengths } = index;
  if (lengths.prefix.length + lengths.suffix.length + lengths.contains.length > 0) {
    for (const w of p.words) {
      const len = w.text.length;
      for (const n of lengths.prefix) {
        const entry = n <= len ? index.prefix.get(w.text.slice(0, n)) : undefined;
        if (entry) spans.push({ s: w.start, e: w.end, entry });
      }
      for (const n of lengths.suffix) {
        const entry = n <= len ? index.suffix.get(w.text.slice(len - n)) : undefined;
        if (entry) spans.push({ s: w.start, e: w.end, entry });
      }
      for (const n of lengths.contains) {
        for (let i = 0; i + n <= len; i++) {
          const entry = index.contains.get(w.text.slice(i, i + n));
          if (entry) {
            spans.push({ s: w.start, e: w.end, entry });
            break;
          }
        }
      }
    }
  }

  if (index.phrases.size > 0) {
    const ws = p.expanded;
    for (let i = 0; i < ws.length; i++) {
      const tails = index.phrases.get(ws[i]!.text);
      if (!tails) continue;
      for (const { rest, entry } of tails) {
        if (i + rest.length >= ws.length) continue;
        let k = 0;
        while (k < rest.length && ws[i + 1 + k]!.text === rest[k]) k++;
        if (k === rest.length) spans.push({ s: ws[i]!.start, e: ws[i + rest.length]!.end, entry });
      }
    }
  }

  if (index.literals.next.size > 0) {
    for (let pos = 0; pos < text.length; pos++) {
      let node = index.literals.next.get(text[pos]!);
      for (let end = pos + 1; node; node = end < text.length ? node.next.get(text[end++]!) : undefined) {
        const lit = node.literal;
        if (!lit) continue;
        if (lit.boundStart && isWordChar(codePointBefore(text, pos))) continue;
        if (lit.boundEnd && isWordChar(codePointAt(text, end))) continue;
        // Never inside a user-perceived character: '🌈' is not in '🏳️‍🌈'.
        if (!isGraphemeBoundary(p.original, folded.start[pos]!) || !isGraphemeBoundary(p.original, folded.end[end - 1]!)) continue;
        spans.push({ s: pos, e: end, entry: lit.entry });
      }
    }
  }
  return spans;
}

/** Leftmost first, then longest, then the keyword that comes first in the code; no overlaps. */
function select(spans: Span[]): Span[] {
  spans.sort((a, b) => a.s - b.s || b.e - a.e || a.entry.order - b.entry.order);
  const chosen: Span[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.s < at) continue;
    chosen.push(span);
    at = span.e;
  }
  return chosen;
}

/** Every finding of the matcher's keywords in `text`, in text order. */
export function findMatches(matcher: Matcher, text: string): Finding[] {
  if (matcher.keywords.size === 0 || text === '') return [];
  const p = prepare(text);
  let spans = findSpans(matcher.keywords, p);
  if (spans.length === 0) return [];
  // Drop a match that lies entirely inside an occurrence of one of its own topic's exceptions.
  const topics = new Set(spans.map((s) => s.entry.topic));
  for (const t of topics) {
    const exceptions = findSpans(matcher.exceptions[t]!, p);
    if (exceptions.length === 0) continue;
    spans = spans.filter((s) => s.entry.topic !== t || !exceptions.some((x) => x.s <= s.s && s.e <= x.e));
  }
  return select(spans).map(({ s, e, entry }) => {
    const start = p.folded.start[s]!;
    const end = p.folded.end[e - 1]!;
    return { topic: matcher.topics[entry.topic]!, keyword: entry.keyword, match: text.slice(start, end), start, end };
  });
}
