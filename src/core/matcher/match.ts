/**
 * Finds a code's keywords in a text (the rules of the topics issue): folded comparison, whole words,
 * phrases, glued phrases, camelCase hashtags, wildcards, literals on grapheme boundaries, exceptions, and
 * leftmost-longest non-overlapping results in text order. Linear in the text; nearly independent of the
 * number of keywords (hash lookups per word, not a scan per keyword).
 */
import { foldText, type FoldedText } from '../text/fold.ts';
import { isGraphemeBoundary } from '../text/graphemes.ts';
import { hashtagParts, isWordChar, words, WordList, type Word } from '../text/words.ts';
import { lookupWord, type Entry, type Index, type Matcher } from './compile.ts';

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
  words: WordList;
  /** The words with camelCase hashtags replaced by their parts. */
  expanded: WordList;
  /** The camelCase hashtags that were split, each also a word of its own. */
  hashtags: Word[];
}

function prepare(original: string): Prepared {
  const folded = foldText(original);
  const list = words(folded.text);
  // Most texts have no camelCase hashtag: then the expanded list is the list itself.
  let expanded = list;
  const hashtags: Word[] = [];
  const anyHashtag = folded.text.includes('#');
  for (let i = 0; anyHashtag && i < list.count; i++) {
    const split = folded.text.charCodeAt(list.start[i]! - 1) === 35 /* # */ ? hashtagParts(list.word(i), folded, original) : [];
    if (split.length === 0) {
      if (expanded !== list) expanded.push(list.start[i]!, list.end[i]!, list.hash[i]!);
      continue;
    }
    if (expanded === list) {
      expanded = new WordList();
      for (let k = 0; k < i; k++) expanded.push(list.start[k]!, list.end[k]!, list.hash[k]!);
    }
    for (const part of split) expanded.push(part.start, part.end, part.hash);
    hashtags.push(list.word(i));
  }
  return { original, folded, words: list, expanded, hashtags };
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

  // Whole words (and glued phrases), and phrases starting here: one lookup per word, by its hash.
  const ws = p.expanded;
  const is = (j: number, word: string) => ws.end[j]! - ws.start[j]! === word.length && text.startsWith(word, ws.start[j]!);
  for (let i = 0; i < ws.count; i++) {
    const start = ws.start[i]!;
    const found = lookupWord(index, text, start, ws.end[i]!, ws.hash[i]!);
    if (!found) continue;
    if (found.entry) spans.push({ s: start, e: ws.end[i]!, entry: found.entry });
    for (const { rest, entry } of found.tails ?? []) {
      if (i + rest.length >= ws.count) continue;
      let k = 0;
      while (k < rest.length && is(i + 1 + k, rest[k]!)) k++;
      if (k === rest.length) spans.push({ s: start, e: ws.end[i + rest.length]!, entry });
    }
  }
  // A camelCase hashtag is also one word ('#ZwartePiet' is the glued 'zwartepiet').
  for (const w of p.hashtags) {
    const entry = lookupWord(index, text, w.start, w.end, w.hash)?.entry;
    if (entry) spans.push({ s: w.start, e: w.end, entry });
  }

  if (index.prefix.next.size + index.suffix.next.size + index.contains.next.size > 0) {
    const list = p.words;
    for (let n = 0; n < list.count; n++) {
      const ws0 = list.start[n]!;
      const we = list.end[n]!;
      // 'verkiez*': walk the stems forwards from the word's start.
      for (let i = ws0, node = index.prefix.next.get(text.charCodeAt(i)); node; node = ++i < we ? node.next.get(text.charCodeAt(i)) : undefined) {
        if (node.entry) spans.push({ s: ws0, e: we, entry: node.entry });
      }
      // '*verkiezing': walk the reversed stems backwards from the word's end.
      for (let i = we - 1, node = index.suffix.next.get(text.charCodeAt(i)); node; node = --i >= ws0 ? node.next.get(text.charCodeAt(i)) : undefined) {
        if (node.entry) spans.push({ s: ws0, e: we, entry: node.entry });
      }
      // '*verkiez*': the first stem found anywhere in the word.
      contains: for (let from = ws0; from < we && index.contains.next.size > 0; from++) {
        for (let i = from, node = index.contains.next.get(text.charCodeAt(i)); node; node = ++i < we ? node.next.get(text.charCodeAt(i)) : undefined) {
          if (node.entry) {
            spans.push({ s: ws0, e: we, entry: node.entry });
            break contains;
          }
        }
      }
    }
  }

  if (index.literals.next.size > 0) {
    for (let pos = 0; pos < text.length; pos++) {
      let node = index.literals.next.get(text.charCodeAt(pos));
      for (let end = pos + 1; node; node = end < text.length ? node.next.get(text.charCodeAt(end++)) : undefined) {
        const lit = node.literal;
        if (!lit) continue;
        if (lit.boundStart && isWordChar(codePointBefore(text, pos))) continue;
        if (lit.boundEnd && isWordChar(codePointAt(text, end))) continue;
        // Never inside a user-perceived character: '🌈' is not in '🏳️‍🌈'.
        if (!isGraphemeBoundary(p.original, folded.startOf(pos)) || !isGraphemeBoundary(p.original, folded.endOf(end - 1))) continue;
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
    const start = p.folded.startOf(s);
    const end = p.folded.endOf(e - 1);
    return { topic: matcher.topics[entry.topic]!, keyword: entry.keyword, match: text.slice(start, end), start, end };
  });
}
