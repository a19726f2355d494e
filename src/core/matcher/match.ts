/**
 * Finds a code's keywords in a text (the rules in the README's keyword table): folded comparison, whole words,
 * phrases, glued phrases, camelCase hashtags, wildcards, literals on grapheme boundaries, exceptions, and
 * leftmost-longest non-overlapping results in text order. Linear in the text; nearly independent of the
 * number of keywords (hash lookups per word, not a scan per keyword).
 */
import { foldText, type FoldedText } from '../text/fold.ts';
import { isGraphemeBoundary } from '../text/graphemes.ts';
import { findTokens, type TokenClass } from '../text/tokens.ts';
import { hashtagParts, isWordChar, words, WordList, type Word } from '../text/words.ts';
import { lookupWord, type Entry, type Index, type Matcher } from './compile.ts';

/** One match: offsets are UTF-16 indices into the original text, and `match` is `text.slice(start, end)`. */
export interface Finding {
  topic: string;
  keyword: string;
  match: string;
  start: number;
  end: number;
  /** For a keyword that counts only near certain words: the context found, as written in the text. */
  near?: string;
}

/** A match in folded offsets. */
interface Span {
  start: number;
  end: number;
  entry: Entry;
  /** Found by a rule: which one, whether it is a weak signal, and the context that let it count. */
  rule?: { id: number; weak: boolean; near?: { start: number; end: number } };
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

function findSpans(index: Index, prepared: Prepared): Span[] {
  const spans: Span[] = [];
  if (index.size === 0) return spans;
  const { folded } = prepared;
  const text = folded.text;

  // Whole words (and glued phrases), and phrases starting here: one lookup per word, by its hash.
  const list = prepared.expanded;
  const isWordAt = (at: number, word: string) => list.end[at]! - list.start[at]! === word.length && text.startsWith(word, list.start[at]!);
  for (let i = 0; i < list.count; i++) {
    const start = list.start[i]!;
    const found = lookupWord(index, text, start, list.end[i]!, list.hash[i]!);
    if (!found) continue;
    if (found.entry) spans.push({ start, end: list.end[i]!, entry: found.entry });
    for (const { rest, entry } of found.tails?.values() ?? []) {
      if (i + rest.length >= list.count) continue;
      let matched = 0;
      while (matched < rest.length && isWordAt(i + 1 + matched, rest[matched]!)) matched++;
      if (matched === rest.length) spans.push({ start, end: list.end[i + rest.length]!, entry });
    }
  }
  // A camelCase hashtag is also one word ('#ZwartePiet' is the glued 'zwartepiet').
  for (const hashtag of prepared.hashtags) {
    const entry = lookupWord(index, text, hashtag.start, hashtag.end, hashtag.hash)?.entry;
    if (entry) spans.push({ start: hashtag.start, end: hashtag.end, entry });
  }

  if (index.prefix.next.size + index.suffix.next.size + index.contains.next.size > 0) {
    const words = prepared.words;
    for (let n = 0; n < words.count; n++) {
      const wordStart = words.start[n]!;
      const wordEnd = words.end[n]!;
      const whole = (entry: Entry) => spans.push({ start: wordStart, end: wordEnd, entry });
      // 'verkiez*': walk the stems forwards from the word's start.
      for (let i = wordStart, node = index.prefix.next.get(text.charCodeAt(i)); node; node = ++i < wordEnd ? node.next.get(text.charCodeAt(i)) : undefined) {
        if (node.entry) whole(node.entry);
      }
      // '*verkiezing': walk the reversed stems backwards from the word's end.
      for (let i = wordEnd - 1, node = index.suffix.next.get(text.charCodeAt(i)); node; node = --i >= wordStart ? node.next.get(text.charCodeAt(i)) : undefined) {
        if (node.entry) whole(node.entry);
      }
      // '*verkiez*': the first stem found anywhere in the word.
      contains: for (let from = wordStart; from < wordEnd && index.contains.next.size > 0; from++) {
        for (let i = from, node = index.contains.next.get(text.charCodeAt(i)); node; node = ++i < wordEnd ? node.next.get(text.charCodeAt(i)) : undefined) {
          if (node.entry) {
            whole(node.entry);
            break contains;
          }
        }
      }
    }
  }

  if (index.literals.next.size > 0) {
    for (let start = 0; start < text.length; start++) {
      let node = index.literals.next.get(text.charCodeAt(start));
      for (let end = start + 1; node; node = end < text.length ? node.next.get(text.charCodeAt(end++)) : undefined) {
        const literal = node.literal;
        if (!literal) continue;
        if (literal.boundStart && isWordChar(codePointBefore(text, start))) continue;
        if (literal.boundEnd && isWordChar(codePointAt(text, end))) continue;
        // Never inside a user-perceived character: '🌈' is not in '🏳️‍🌈'.
        if (!isGraphemeBoundary(prepared.original, folded.startOf(start)) || !isGraphemeBoundary(prepared.original, folded.endOf(end - 1))) continue;
        spans.push({ start, end, entry: literal.entry });
      }
    }
  }
  return spans;
}

/** The index of the word at folded offset `at`, or of the first word after it. */
function wordAt(list: WordList, at: number): number {
  let lo = 0;
  let hi = list.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list.end[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Occurrences of a rule keyword or context term: keyword matches (with the ids they stand for) and tokens. */
function occurrences(index: Index, tokens: Map<TokenClass, number[]>, prepared: Prepared, found: Map<TokenClass, { start: number; end: number }[]>) {
  const out: { start: number; end: number; ids: number[] }[] = findSpans(index, prepared).map((span) => ({ start: span.start, end: span.end, ids: span.entry.ids ?? [] }));
  for (const [kind, ids] of tokens) for (const token of found.get(kind) ?? []) out.push({ ...token, ids });
  return out;
}

/**
 * The matches of a code's rules: their keywords (or token classes) where their context holds. Context is
 * looked for in a window of words around each candidate, so the cost stays linear in the text.
 */
function ruleSpans(matcher: Matcher, prepared: Prepared): Span[] {
  const classes = new Set<TokenClass>([...matcher.ruleTokens.keys(), ...matcher.contextTokens.keys()]);
  const tokens = new Map<TokenClass, { start: number; end: number }[]>();
  if (classes.size > 0) for (const token of findTokens(prepared.folded.text, classes)) tokens.set(token.kind, [...(tokens.get(token.kind) ?? []), token]);
  const candidates = occurrences(matcher.ruleKeywords, matcher.ruleTokens, prepared, tokens);
  if (candidates.length === 0) return [];
  const list = prepared.words;
  const range = (start: number, end: number) => [wordAt(list, start), Math.max(wordAt(list, start), wordAt(list, end - 1))] as const;
  // Context terms by the word they start at.
  const termsAt = new Map<number, { start: number; end: number; ids: number[]; last: number }[]>();
  // The most words a context term found spans, so that a phrase ending within the window is seen from its start.
  let span = 0;
  if (matcher.contextTerms.length > 0) {
    for (const term of occurrences(matcher.context, matcher.contextTokens, prepared, tokens)) {
      const [first, last] = range(term.start, term.end);
      span = Math.max(span, last - first);
      termsAt.set(first, [...(termsAt.get(first) ?? []), { ...term, last }]);
    }
  }
  const spans: Span[] = [];
  for (const candidate of candidates) {
    const [first, last] = range(candidate.start, candidate.end);
    const around = (terms: ReadonlySet<number>, within: number) => {
      if (terms.size === 0) return undefined;
      for (let w = Math.max(0, first - within - span); w <= last + within; w++) {
        for (const term of termsAt.get(w) ?? []) {
          // Not the candidate or a part of it ('hiring' is no context for 'hiring freeze'), and close enough.
          if (term.start >= candidate.start && term.end <= candidate.end) continue;
          const gap = term.start >= candidate.end ? w - last : first - term.last;
          if (gap <= within && term.ids.some((id) => terms.has(id))) return term;
        }
      }
      return undefined;
    };
    for (const id of candidate.ids) {
      const rule = matcher.rules[id]!;
      const near = around(rule.near, rule.within);
      if (rule.near.size > 0 && !near) continue;
      if (around(rule.notNear, rule.within)) continue;
      const entry = { topic: rule.topic, keyword: rule.keyword, order: rule.order };
      spans.push({ start: candidate.start, end: candidate.end, entry, rule: { id, weak: rule.weak, ...(near ? { near: { start: near.start, end: near.end } } : {}) } });
    }
  }
  return spans;
}

/**
 * Weak signals count only in company: a topic is found when a strong keyword (any plain keyword, or a rule
 * that is not weak) matched, or two different weak ones did.
 */
function signalsHold(spans: Span[]): Span[] {
  if (!spans.some((span) => span.rule?.weak)) return spans;
  const strong = new Set<number>();
  const weak = new Map<number, Set<string>>();
  for (const span of spans) {
    if (!span.rule?.weak) strong.add(span.entry.topic);
    else weak.set(span.entry.topic, (weak.get(span.entry.topic) ?? new Set()).add(span.entry.keyword));
  }
  return spans.filter((span) => !span.rule?.weak || strong.has(span.entry.topic) || (weak.get(span.entry.topic)?.size ?? 0) >= 2);
}

/** Leftmost first, then longest, then the keyword that comes first in the code; no overlaps. */
function select(spans: Span[]): Span[] {
  // A strong signal wins over a weak one at the same place (a weak one may not count on its own).
  const weak = (span: Span) => Number(span.rule?.weak ?? false);
  spans.sort((a, b) => a.start - b.start || b.end - a.end || weak(a) - weak(b) || a.entry.order - b.entry.order);
  const chosen: Span[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    chosen.push(span);
    at = span.end;
  }
  return chosen;
}

/**
 * The matches that count. A weak signal left alone does not count, so it must not hide what it overlaps either
 * ("de media" alone beside a strong keyword of another topic): drop it and choose again, until all hold.
 */
function counted(spans: Span[]): Span[] {
  for (;;) {
    const chosen = select(spans);
    const held = signalsHold(chosen);
    if (held.length === chosen.length) return held;
    const failed = new Set(chosen.filter((span) => !held.includes(span)));
    spans = spans.filter((span) => !failed.has(span));
  }
}

/** Every finding of the matcher's keywords in `text`, in text order. */
export function findMatches(matcher: Matcher, text: string): Finding[] {
  if ((matcher.keywords.size === 0 && matcher.rules.length === 0) || text === '') return [];
  const prepared = prepare(text);
  let spans = findSpans(matcher.keywords, prepared);
  if (matcher.rules.length > 0) spans.push(...ruleSpans(matcher, prepared));
  if (spans.length === 0) return [];
  // Drop a match that lies entirely inside an occurrence of one of its own topic's exceptions.
  const topics = new Set(spans.map((span) => span.entry.topic));
  for (const topic of topics) {
    const exceptions = findSpans(matcher.exceptions[topic]!, prepared);
    if (exceptions.length === 0) continue;
    spans = spans.filter((span) => span.entry.topic !== topic || !exceptions.some((x) => x.start <= span.start && span.end <= x.end));
  }
  const original = (from: number, to: number) => text.slice(prepared.folded.startOf(from), prepared.folded.endOf(to - 1));
  return counted(spans).map((span) => {
    const start = prepared.folded.startOf(span.start);
    const end = prepared.folded.endOf(span.end - 1);
    const finding: Finding = { topic: matcher.topics[span.entry.topic]!, keyword: span.entry.keyword, match: text.slice(start, end), start, end };
    if (span.rule?.near) finding.near = original(span.rule.near.start, span.rule.near.end);
    return finding;
  });
}
