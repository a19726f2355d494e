/**
 * A keyword in words, for people who never see the code's syntax: employees (their "not relevant" list) and
 * the communications team writing the code. The same classification the matcher compiles with.
 */
import { keywordWords } from '../i18n/keywords.ts';
import { keywordKind } from './compile.ts';
import { tokenClassOf } from '../text/tokens.ts';

/** "words starting with “verkiez”" for `verkiez*`; "an amount of money" for `{money}`. */
export function describeKeyword(keyword: string, locale: 'en' | 'nl'): string {
  const words = keywordWords[locale];
  const token = tokenClassOf(keyword);
  if (token) return words.token[token];
  const { kind, folded } = keywordKind(keyword);
  if (kind === 'empty') return '';
  return words[kind].replace('{w}', kind === 'literal' ? keyword.trim() : folded);
}
