/**
 * Compiles a code's topics into lookup tables, once, before the first publish. Keywords are data, never
 * patterns: nothing in a keyword is turned into a regular expression, so no keyword can make matching slow.
 *
 * Keyword kinds, after folding (see ../text/fold.ts):
 * - word: letters and digits only ('vote'): whole words;
 * - phrase: words separated by spaces ('zwarte piet'): those words in sequence, any separators between, or
 *   glued into one word ('zwartepiet');
 * - wildcard: a word with '*' at its start, end or both ('verkiez*'): words starting, ending, containing it;
 * - literal: anything else ('c++', '#metoo', '(pvv)', emoji): the folded characters as they are.
 */
import { foldString } from '../text/fold.ts';
import { isWordChar } from '../text/words.ts';

export interface MatchTopic {
  id: string;
  keywords: readonly string[];
  exceptions?: readonly string[];
}

/** What a match points back to: the topic (by position) and the keyword as the code wrote it. */
export interface Entry {
  topic: number;
  keyword: string;
  /** Position in the code, so the earlier keyword wins a tie. */
  order: number;
}

export interface Literal {
  text: string;
  entry: Entry;
  /** A word boundary is required before / after the match (the keyword starts / ends with a word character). */
  boundStart: boolean;
  boundEnd: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  literal?: Literal;
}

export interface Index {
  words: Map<string, Entry>;
  /** First word → the words that must follow. */
  phrases: Map<string, { rest: string[]; entry: Entry }[]>;
  prefix: Map<string, Entry>;
  suffix: Map<string, Entry>;
  contains: Map<string, Entry>;
  /** The distinct stem lengths of each wildcard table, so a word is probed only at lengths that exist. */
  lengths: { prefix: number[]; suffix: number[]; contains: number[] };
  /** A trie of literals by folded UTF-16 unit: the walk from a position is bounded by the longest literal. */
  literals: TrieNode;
  size: number;
}

export interface Matcher {
  topics: string[];
  keywords: Index;
  /** One index per topic: an exception only ever drops its own topic's matches. */
  exceptions: Index[];
}

const WORD = /^[\p{L}\p{N}]+$/u;
const PHRASE = /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)+$/u;
const WILDCARD = /^(\*?)([\p{L}\p{N}]+)(\*?)$/u;

function emptyIndex(): Index {
  return {
    words: new Map(),
    phrases: new Map(),
    prefix: new Map(),
    suffix: new Map(),
    contains: new Map(),
    lengths: { prefix: [], suffix: [], contains: [] },
    literals: { next: new Map() },
    size: 0,
  };
}

const setOnce = <V>(map: Map<string, V>, key: string, value: V) => {
  if (map.has(key)) return false;
  map.set(key, value);
  return true;
};

function add(index: Index, keyword: string, entry: Entry) {
  const folded = foldString(keyword).trim().replace(/\s+/g, ' ');
  if (folded === '') return;
  let added = false;
  if (WORD.test(folded)) added = setOnce(index.words, folded, entry);
  else if (PHRASE.test(folded)) {
    const [first, ...rest] = folded.split(' ');
    const tails = index.phrases.get(first!) ?? [];
    if (!tails.some((t) => t.rest.join(' ') === rest.join(' '))) {
      tails.push({ rest, entry });
      index.phrases.set(first!, tails);
      added = true;
    }
    // The same words glued into one ('zwartepiet', '#ZwartePiet').
    setOnce(index.words, folded.replaceAll(' ', ''), entry);
  } else {
    const wildcard = WILDCARD.exec(folded);
    if (wildcard && (wildcard[1] || wildcard[3])) {
      const stem = wildcard[2]!;
      const kind = wildcard[1] && wildcard[3] ? 'contains' : wildcard[1] ? 'suffix' : 'prefix';
      added = setOnce(index[kind], stem, entry);
      if (added && !index.lengths[kind].includes(stem.length)) index.lengths[kind].push(stem.length);
    } else {
      let node = index.literals;
      for (const unit of folded) {
        for (let k = 0; k < unit.length; k++) {
          let child = node.next.get(unit[k]!);
          if (!child) node.next.set(unit[k]!, (child = { next: new Map() }));
          node = child;
        }
      }
      if (!node.literal) {
        const chars = [...folded];
        node.literal = { text: folded, entry, boundStart: isWordChar(chars[0]), boundEnd: isWordChar(chars.at(-1)) };
        added = true;
      }
    }
  }
  if (added) index.size++;
}

/** Builds the matcher of a code. Empty and whitespace-only keywords are ignored; duplicates count once. */
export function compileMatcher(topics: readonly MatchTopic[]): Matcher {
  const keywords = emptyIndex();
  let order = 0;
  const exceptions = topics.map((topic, t) => {
    for (const keyword of topic.keywords) add(keywords, keyword, { topic: t, keyword, order: order++ });
    const own = emptyIndex();
    for (const exception of topic.exceptions ?? []) add(own, exception, { topic: t, keyword: exception, order: order++ });
    return own;
  });
  return { topics: topics.map((t) => t.id), keywords, exceptions };
}
