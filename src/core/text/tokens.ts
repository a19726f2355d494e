/**
 * Token classes a code can name where it would otherwise need a keyword for every value: amounts of money,
 * percentages, numbers and @handles, found in folded text. The patterns are ours and fixed (no keyword is
 * ever turned into one), and none can backtrack: each is a run of digits or letters with bounded decoration.
 */
export const TOKEN_CLASSES = ['money', 'percent', 'number', 'handle'] as const;
export type TokenClass = (typeof TOKEN_CLASSES)[number];

/** How a code writes a token class where a keyword would go: `{money}`. */
export const tokenClassOf = (keyword: string): TokenClass | undefined => {
  const name = /^\{([a-z]+)\}$/.exec(keyword.trim())?.[1];
  return (TOKEN_CLASSES as readonly string[]).includes(name ?? '') ? (name as TokenClass) : undefined;
};

/** Looks like a token class (braces around a name) whether or not the name is one: for the validator's message. */
export const looksLikeTokenClass = (keyword: string) => /^\{[^{}]*\}$/.test(keyword.trim());

export interface Token {
  kind: TokenClass;
  /** Folded offsets: [start, end). */
  start: number;
  end: number;
}

const NUM = '\\d+(?:[.,]\\d+)*';
const SCALE = '(?:k|m|mln|mio|mrd|bn|mld|miljoen|miljard|million|millions|billion|billions|thousand|duizend)';
const CURRENCY_WORD = '(?:eur|euro|euros|usd|dollar|dollars|gbp|pond|pound|pounds)';
// € 2,4 mln · eur 640.000 · $1.2m · 3,5 miljoen (euro) · 250k · 40 euro
const MONEY = new RegExp(
  `(?:[€$£]|\\b${CURRENCY_WORD}\\b)\\s?${NUM}(?:\\s?${SCALE}\\b)?` +
  `|\\b${NUM}\\s?${SCALE}\\b(?:\\s?(?:${CURRENCY_WORD}\\b|[€$£]))?` +
  `|\\b${NUM}\\s?(?:${CURRENCY_WORD}\\b|[€$£])`,
  'gu',
);
const PERCENT = new RegExp(`\\b${NUM}\\s?(?:%|procent\\b|percent\\b|pct\\b)`, 'gu');
const NUMBER = new RegExp(`\\b${NUM}\\b`, 'gu');
const HANDLE = /(?<![\p{L}\p{N}_])@[a-z0-9_]{1,30}/gu;

function scan(pattern: RegExp, kind: TokenClass, text: string, out: Token[]) {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push({ kind, start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) pattern.lastIndex++;
  }
}

/** The tokens of the classes asked for, in folded text, in text order (an amount is a number too). */
export function findTokens(text: string, classes: ReadonlySet<TokenClass>): Token[] {
  const out: Token[] = [];
  if (classes.has('money')) scan(MONEY, 'money', text, out);
  if (classes.has('percent')) scan(PERCENT, 'percent', text, out);
  if (classes.has('number')) scan(NUMBER, 'number', text, out);
  if (classes.has('handle')) scan(HANDLE, 'handle', text, out);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
