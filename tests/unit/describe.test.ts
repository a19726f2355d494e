import { describe, expect, it } from 'vitest';
import { describeKeyword } from '../../src/core/matcher/describe.ts';

describe('a keyword in words', () => {
  it.each([
    ['vote', 'the word “vote”', 'het woord “vote”'],
    ['Zwarte  Piet', 'the words “zwarte piet”, also written together', 'de woorden “zwarte piet”, ook aan elkaar geschreven'],
    ['verkiez*', 'words starting with “verkiez”', 'woorden die beginnen met “verkiez”'],
    ['*verkiezing', 'words ending in “verkiezing”', 'woorden die eindigen op “verkiezing”'],
    ['*verkiez*', 'words containing “verkiez”', 'woorden waarin “verkiez” staat'],
    ['#MeToo', '“#MeToo”, exactly', '“#MeToo”, precies zo'],
    ['{money}', 'an amount of money', 'een geldbedrag'],
  ])('%s', (keyword, en, nl) => {
    expect([describeKeyword(keyword, 'en'), describeKeyword(keyword, 'nl')]).toEqual([en, nl]);
  });
});
