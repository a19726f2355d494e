/** How a keyword is said in words (see matcher/describe.ts), English and Dutch. `{w}` is the keyword's text. */
import type { TokenClass } from '../text/tokens.ts';

export interface KeywordWords {
  word: string;
  phrase: string;
  prefix: string;
  suffix: string;
  contains: string;
  literal: string;
  token: Record<TokenClass, string>;
}

export const keywordWords: Record<'en' | 'nl', KeywordWords> = {
  en: {
    word: 'the word “{w}”',
    phrase: 'the words “{w}”, also written together',
    prefix: 'words starting with “{w}”',
    suffix: 'words ending in “{w}”',
    contains: 'words containing “{w}”',
    literal: '“{w}”, exactly',
    token: { money: 'an amount of money', percent: 'a percentage', number: 'a number', handle: 'an @handle' },
  },
  nl: {
    word: 'het woord “{w}”',
    phrase: 'de woorden “{w}”, ook aan elkaar geschreven',
    prefix: 'woorden die beginnen met “{w}”',
    suffix: 'woorden die eindigen op “{w}”',
    contains: 'woorden waarin “{w}” staat',
    literal: '“{w}”, precies zo',
    token: { money: 'een geldbedrag', percent: 'een percentage', number: 'een getal', handle: 'een @-naam' },
  },
};

