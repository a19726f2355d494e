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
import { tokenClassOf, type TokenClass } from '../text/tokens.ts';
import { hashOf, isWordChar } from '../text/words.ts';

/**
 * Keywords with conditions: each counts only near one of `near` (within `within` words on either side), never
 * near one of `notNear`, and, when `weak`, only together with another weak signal of its topic. Keywords and
 * context terms are written like plain keywords, or as a token class: `{money}`, `{percent}`, `{number}`,
 * `{handle}`. A rule names one `keyword` or many `keywords`; many are the same as one rule for each, in order,
 * so a family of words shares its context lists once instead of repeating them.
 */
export interface KeywordRule {
  /** The schema sees to it that a rule has exactly one of these. */
  keyword?: string;
  keywords?: readonly string[];
  near?: readonly string[];
  notNear?: readonly string[];
  within?: number;
  strength?: 'strong' | 'weak';
}

/** The keywords a rule names, in order. */
export const keywordsOf = (rule: KeywordRule): readonly string[] => rule.keywords ?? (rule.keyword === undefined ? [] : [rule.keyword]);

/** How many words apart a context term may be, by default. */
export const DEFAULT_WITHIN = 5;

export interface MatchTopic {
  id: string;
  keywords: readonly string[];
  exceptions?: readonly string[];
  rules?: readonly KeywordRule[];
}

/** What a match points back to: the topic (by position) and the keyword as the code wrote it. */
export interface Entry {
  topic: number;
  keyword: string;
  /** Position in the code, so the earlier keyword wins a tie. */
  order: number;
  /** In the rule and context indexes: every rule (or context term) this key stands for. */
  ids?: number[];
}

/** A rule, compiled: its context terms by id (see Matcher.contextTerms). */
export interface CompiledRule {
  topic: number;
  keyword: string;
  order: number;
  weak: boolean;
  within: number;
  /** Context term ids, as sets: a rule's lists run to hundreds of terms, looked up for every term nearby. */
  near: ReadonlySet<number>;
  notNear: ReadonlySet<number>;
}

export interface Literal {
  text: string;
  entry: Entry;
  /** A word boundary is required before / after the match (the keyword starts / ends with a word character). */
  boundStart: boolean;
  boundEnd: boolean;
}

/**
 * A trie by folded UTF-16 code unit (numbers hash faster than one-character strings): a walk from a position
 * is bounded by the longest stem, whatever the number of keywords.
 */
export interface TrieNode {
  next: Map<number, TrieNode>;
  /** A wildcard stem ends here. */
  entry?: Entry;
  /** A literal ends here. */
  literal?: Literal;
}

export interface WordKeys {
  word: string;
  entry?: Entry;
  /** Phrases starting with this word, by their remaining words ('piet' for 'zwarte piet'). */
  tails?: Map<string, { rest: string[]; entry: Entry }>;
}

export interface Index {
  /**
   * By the hash of a folded word (see ../text/words.ts): the keyword that is this word (or these words glued),
   * and the phrases that start with it. Several words may share a hash.
   */
  words: Map<number, WordKeys[]>;
  /** Wildcard stems: 'verkiez*' forwards, '*verkiezing' backwards (walked from a word's end), '*verkiez*' forwards from every position. */
  prefix: TrieNode;
  suffix: TrieNode;
  contains: TrieNode;
  literals: TrieNode;
  size: number;
}

export interface Matcher {
  topics: string[];
  keywords: Index;
  /** One index per topic: an exception only ever drops its own topic's matches. */
  exceptions: Index[];
  rules: CompiledRule[];
  /** The rules' keywords (entries list every rule a key stands for), and those that are token classes. */
  ruleKeywords: Index;
  ruleTokens: Map<TokenClass, number[]>;
  /** Every context term of every rule, once: as keywords, and as token classes. */
  contextTerms: string[];
  context: Index;
  contextTokens: Map<TokenClass, number[]>;
}

const WORD = /^[\p{L}\p{N}]+$/u;
const PHRASE = /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)+$/u;
const WILDCARD = /^(\*?)([\p{L}\p{N}]+)(\*?)$/u;

function emptyIndex(): Index {
  return {
    words: new Map(),
    prefix: { next: new Map() },
    suffix: { next: new Map() },
    contains: { next: new Map() },
    literals: { next: new Map() },
    size: 0,
  };
}

function wordKeys(index: Index, word: string): WordKeys {
  const hash = hashOf(word);
  const list = index.words.get(hash) ?? [];
  let keys = list.find((k) => k.word === word);
  if (!keys) {
    list.push((keys = { word }));
    index.words.set(hash, list);
  }
  return keys;
}

/** The keys of the folded word `text.slice(start, end)` with this hash, if any keyword starts there. */
export function lookupWord(index: Index, text: string, start: number, end: number, hash: number): WordKeys | undefined {
  const list = index.words.get(hash);
  if (!list) return undefined;
  for (const keys of list) if (keys.word.length === end - start && text.startsWith(keys.word, start)) return keys;
  return undefined;
}

/** Adds a rule's or context term's ids to the entry already there for the same key. */
const merge = (existing: Entry, entry: Entry) => {
  if (existing.ids && entry.ids) for (const id of entry.ids) if (!existing.ids.includes(id)) existing.ids.push(id);
};

/** Sets the keyword that is exactly `word`, unless an earlier one did (then a rule's ids join it). */
function setWord(index: Index, word: string, entry: Entry): boolean {
  const keys = wordKeys(index, word);
  if (keys.entry) {
    merge(keys.entry, entry);
    return false;
  }
  keys.entry = entry;
  return true;
}

/** The trie node for `units` (created as needed). */
function insert(trie: TrieNode, units: string): TrieNode {
  let node = trie;
  for (let k = 0; k < units.length; k++) {
    let child = node.next.get(units.charCodeAt(k));
    if (!child) node.next.set(units.charCodeAt(k), (child = { next: new Map() }));
    node = child;
  }
  return node;
}

const reversed = (s: string) => [...s].reverse().join('');

/** What kind of keyword a code wrote, and its folded text (for a wildcard: its stem). The rules of the README's table. */
export type KeywordKind = 'word' | 'phrase' | 'prefix' | 'suffix' | 'contains' | 'literal' | 'empty';

export function keywordKind(keyword: string): { kind: KeywordKind; folded: string } {
  const folded = foldString(keyword).trim().replace(/\s+/g, ' ');
  if (folded === '') return { kind: 'empty', folded };
  if (WORD.test(folded)) return { kind: 'word', folded };
  if (PHRASE.test(folded)) return { kind: 'phrase', folded };
  const wildcard = WILDCARD.exec(folded);
  if (wildcard && (wildcard[1] || wildcard[3])) {
    return { kind: wildcard[1] && wildcard[3] ? 'contains' : wildcard[1] ? 'suffix' : 'prefix', folded: wildcard[2]! };
  }
  return { kind: 'literal', folded };
}

function add(index: Index, keyword: string, entry: Entry) {
  const { kind, folded } = keywordKind(keyword);
  if (kind === 'empty') return;
  let added = false;
  if (kind === 'word') added = setWord(index, folded, entry);
  else if (kind === 'phrase') {
    const [first, ...rest] = folded.split(' ');
    const keys = wordKeys(index, first!);
    const tails = (keys.tails ??= new Map());
    const restKey = rest.join(' ');
    const same = tails.get(restKey);
    if (same) merge(same.entry, entry);
    else {
      tails.set(restKey, { rest, entry });
      added = true;
    }
    // The same words glued into one ('zwartepiet', '#ZwartePiet').
    setWord(index, folded.replaceAll(' ', ''), entry);
  } else {
    if (kind !== 'literal') {
      const node = kind === 'contains' ? insert(index.contains, folded) : kind === 'suffix' ? insert(index.suffix, reversed(folded)) : insert(index.prefix, folded);
      if (node.entry) merge(node.entry, entry);
      else {
        node.entry = entry;
        added = true;
      }
    } else {
      const node = insert(index.literals, folded);
      if (node.literal) merge(node.literal.entry, entry);
      else {
        const chars = [...folded];
        node.literal = { text: folded, entry, boundStart: isWordChar(chars[0]), boundEnd: isWordChar(chars.at(-1)) };
        added = true;
      }
    }
  }
  if (added) index.size++;
}

/** A keyword or a token class, into `index` or `tokens`, standing for `id`. */
function addTerm(index: Index, tokens: Map<TokenClass, number[]>, term: string, entry: Entry, id: number) {
  const token = tokenClassOf(term);
  if (token) tokens.set(token, [...(tokens.get(token) ?? []), id]);
  else add(index, term, { ...entry, ids: [id] });
}

/** Builds the matcher of a code. Empty and whitespace-only keywords are ignored; duplicates count once. */
export function compileMatcher(topics: readonly MatchTopic[]): Matcher {
  const keywords = emptyIndex();
  const ruleKeywords = emptyIndex();
  const ruleTokens = new Map<TokenClass, number[]>();
  const context = emptyIndex();
  const contextTokens = new Map<TokenClass, number[]>();
  const contextTerms: string[] = [];
  const termIds = new Map<string, number>();
  const rules: CompiledRule[] = [];
  // Rules share their context lists: each term as written is folded once.
  const written = new Map<string, number>();
  const termId = (term: string) => {
    const known = written.get(term);
    if (known !== undefined) return known;
    const key = tokenClassOf(term) ? term.trim() : foldString(term).trim().replace(/\s+/g, ' ');
    let id = termIds.get(key);
    if (id === undefined) {
      id = contextTerms.push(key) - 1;
      termIds.set(key, id);
      addTerm(context, contextTokens, term, { topic: -1, keyword: term, order: id }, id);
    }
    written.set(term, id);
    return id;
  };
  let order = 0;
  const exceptions = topics.map((topic, t) => {
    for (const keyword of topic.keywords) add(keywords, keyword, { topic: t, keyword, order: order++ });
    for (const rule of topic.rules ?? []) {
      const near = new Set((rule.near ?? []).filter((term) => term.trim() !== '').map(termId));
      const notNear = new Set((rule.notNear ?? []).filter((term) => term.trim() !== '').map(termId));
      for (const keyword of keywordsOf(rule)) {
        if (keyword.trim() === '') continue;
        const id = rules.length;
        const compiled: CompiledRule = {
          topic: t,
          keyword,
          order: order++,
          weak: rule.strength === 'weak',
          within: rule.within ?? DEFAULT_WITHIN,
          near,
          notNear,
        };
        rules.push(compiled);
        addTerm(ruleKeywords, ruleTokens, keyword, { topic: t, keyword, order: compiled.order }, id);
      }
    }
    const own = emptyIndex();
    for (const exception of topic.exceptions ?? []) add(own, exception, { topic: t, keyword: exception, order: order++ });
    return own;
  });
  return { topics: topics.map((t) => t.id), keywords, exceptions, rules, ruleKeywords, ruleTokens, contextTerms, context, contextTokens };
}
