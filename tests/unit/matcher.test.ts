import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../src/core/matcher/compile.ts';
import { findMatches } from '../../src/core/matcher/match.ts';
import { foldText } from '../../src/core/text/fold.ts';

/** The matched substrings of `text` for one topic with these keywords (and exceptions). */
function matches(keywords: string[], text: string, exceptions: string[] = []) {
  const found = findMatches(compileMatcher([{ id: 't', keywords, exceptions }]), text);
  for (const f of found) expect(f.match).toBe(text.slice(f.start, f.end));
  return found.map((f) => f.match);
}

describe('rule 1: folding (NFKC, diacritics, case), reporting the original', () => {
  it.each([
    [['religie'], 'Over Religíe gesproken', ['Religíe']],
    [['café'], 'naar het cafe', ['cafe']],
    [['cafe'], 'naar het CAFÉ', ['CAFÉ']],
    [['café'], 'naar het cafe\u0301!', ['cafe\u0301']], // NFD text reports its combining accent too
    [['cafe\u0301'], 'naar het café', ['café']], // NFD keyword, NFC text
    [['vote'], 'ＶＯＴＥ now', ['ＶＯＴＥ']], // full-width
    [['file'], 'the ﬁle', ['ﬁle']], // ligature
    [['vote'], '𝐕𝐨𝐭𝐞 for us', ['𝐕𝐨𝐭𝐞']], // "bold" mathematical letters pasted into LinkedIn
    [['yesilgoz'], 'Yeşilgöz zei', ['Yeşilgöz']],
    [['Yeşilgöz'], 'yesilgoz', ['yesilgoz']],
    [['vote'], 'vo\u200Bte', ['vo\u200Bte']], // a zero-width space does not hide a word
    [["can't say"], 'I can’t say', ['can’t say']], // typographic quotes fold to ASCII
  ])('%j in %j', (keywords, text, expected) => {
    expect(matches(keywords, text)).toEqual(expected);
  });

  it('maps folded offsets back to the original', () => {
    const f = foldText('Ａé\u0301ﬁ Ab\u0301c');
    expect(f.text).toBe('aefi abc');
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => f.startOf(i))).toEqual([0, 1, 3, 3, 4, 5, 6, 8]);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => f.endOf(i))).toEqual([1, 3, 4, 4, 5, 6, 8, 9]);
  });
});

describe('rule 2: whole words', () => {
  it.each([
    [['vote'], 'I voted and devote', []],
    [['vote'], 'Vote! vote, (vote)', ['Vote', 'vote', 'vote']],
    [['party'], 'a third-party supplier', ['party']],
    [['piet'], 'Pieter en Piet', ['Piet']],
    [['5g'], 'de 5G-mast', ['5G']],
    [['élection'], 'élections', []],
  ])('%j in %j', (keywords, text, expected) => {
    expect(matches(keywords, text)).toEqual(expected);
  });
});

describe('rule 3: phrases', () => {
  it.each([
    [['zwarte piet'], 'Zwarte  Piet, zwarte-piet en Zwarte\nPiet', ['Zwarte  Piet', 'zwarte-piet', 'Zwarte\nPiet']],
    [['zwarte piet'], 'zwartepiet en #ZwartePiet', ['zwartepiet', 'ZwartePiet']],
    [['zwarte piet'], 'de zwartepieten', []],
    [['zwarte piet'], 'zwarte auto, Piet', []], // words in sequence, not just nearby
    [['great reset'], 'The GREAT reset is coming', ['GREAT reset']],
  ])('%j in %j', (keywords, text, expected) => {
    expect(matches(keywords, text)).toEqual(expected);
  });
});

describe('rule 4: hashtags and mentions are words; camelCase hashtags split', () => {
  it.each([
    [['verkiezingen'], 'Stem! #verkiezingen', ['verkiezingen']],
    [['wilders'], 'cc @Wilders', ['Wilders']],
    [['black lives matter'], 'Support #BlackLivesMatter', ['BlackLivesMatter']],
    [['lives matter'], '#BlackLivesMatter', ['LivesMatter']],
    [['vote'], '#VoteNow', ['Vote']],
    [['vote'], 'VoteNow', []], // only hashtags split: a product name is one word
  ])('%j in %j', (keywords, text, expected) => {
    expect(matches(keywords, text)).toEqual(expected);
  });
});

describe('rule 5: wildcards', () => {
  it.each([
    [['verkiez*'], 'De verkiezingen en verkiezingsuitslag', ['verkiezingen', 'verkiezingsuitslag']],
    [['*verkiezing'], 'gemeenteraadsverkiezing en verkiezingen', ['gemeenteraadsverkiezing']],
    [['*verkiez*'], 'de gemeenteraadsverkiezingen', ['gemeenteraadsverkiezingen']],
    [['verkiez*'], 'pre-verkiezingsdebat', ['verkiezingsdebat']], // never across a separator
    [['Verkiéz*'], 'VERKIEZINGEN', ['VERKIEZINGEN']],
  ])('%j in %j', (keywords, text, expected) => {
    expect(matches(keywords, text)).toEqual(expected);
  });
});

describe('rule 6: other keywords match literally, never as a regular expression', () => {
  it.each([
    [['c++'], 'I write C++ and c+', ['C++']],
    [['c++'], 'abc++', []], // boundary before the word character it starts with
    [['a.i.'], 'A.I. is here, not in sa.i.', ['A.I.']],
    [['#metoo'], 'The #MeToo debate', ['#MeToo']],
    [['(pvv)'], 'Wilders (PVV) zei', ['(PVV)']],
    [['.*'], 'a.*b and anything', ['.*']],
    [['a*b'], 'a*b aab', ['a*b']],
    [['(a+)+$'], 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', []],
    [['🌈'], 'pride 🌈 month', ['🌈']],
  ])('%j in %j', (keywords, text, expected) => {
    expect(matches(keywords, text)).toEqual(expected);
  });
});

describe('rule 7: literals keep to grapheme clusters', () => {
  it('does not find 🌈 inside 🏳️‍🌈, but finds the flag itself', () => {
    expect(matches(['🌈'], 'flag 🏳️‍🌈 up')).toEqual([]);
    expect(matches(['🏳️‍🌈'], 'flag 🏳️‍🌈 up')).toEqual(['🏳️‍🌈']);
    expect(matches(['👍'], 'ok 👍🏽')).toEqual([]);
  });
});

describe('rule 8: exceptions', () => {
  it.each([
    [['party'], ['birthday party'], 'a birthday party and a party', ['party']],
    [['piet'], ['piet hein'], 'Piet Hein en Piet', ['Piet']],
    [['5g'], ['5g mast', '5g-mast'], 'de 5G-mast en 5G straling', ['5G']],
    [['kerk*'], ['kerkrestauratie'], 'de kerkrestauratie, de kerkdienst', ['kerkdienst']],
  ])('%j except %j in %j', (keywords, exceptions, text, expected) => {
    expect(matches(keywords, text, exceptions)).toEqual(expected);
  });

  it('drops only matches of its own topic', () => {
    const matcher = compileMatcher([
      { id: 'a', keywords: ['party'], exceptions: ['birthday party'] },
      { id: 'b', keywords: ['party'] },
    ]);
    // Duplicate keywords count once: the first topic's entry is kept, and its exception applies.
    expect(findMatches(matcher, 'birthday party')).toEqual([]);
  });
});

describe('rule 9: leftmost-longest, non-overlapping, in text order, duplicates once', () => {
  it('prefers the longer match at the same start', () => {
    const found = findMatches(compileMatcher([{ id: 't', keywords: ['piet', 'zwarte piet'] }]), 'Zwarte Piet');
    expect(found.map((f) => [f.keyword, f.match])).toEqual([['zwarte piet', 'Zwarte Piet']]);
  });

  it('reports topic, keyword, match and UTF-16 offsets in text order', () => {
    const matcher = compileMatcher([
      { id: 'politics', keywords: ['verkiez*'] },
      { id: 'culture', keywords: ['zwarte piet', 'woke'] },
    ]);
    const text = '🎉 Woke? Na de verkiezingen: Zwarte Piet.';
    expect(findMatches(matcher, text)).toEqual([
      { topic: 'culture', keyword: 'woke', match: 'Woke', start: 3, end: 7 },
      { topic: 'politics', keyword: 'verkiez*', match: 'verkiezingen', start: 15, end: 27 },
      { topic: 'culture', keyword: 'zwarte piet', match: 'Zwarte Piet', start: 29, end: 40 },
    ]);
  });

  it('gives one match for duplicate keywords, and ignores empty ones', () => {
    expect(matches(['vote', 'Vote', ' vote ', '', '   '], 'vote')).toEqual(['vote']);
    expect(compileMatcher([{ id: 't', keywords: ['', '  ', '\t'] }]).keywords.size).toBe(0);
  });
});

describe('robustness', () => {
  it('handles empty text, lone surrogates and right-to-left text', () => {
    expect(matches(['vote'], '')).toEqual([]);
    expect(matches(['vote'], '\uD800 vote \uDC00')).toEqual(['vote']);
    expect(matches(['انتخابات'], 'عن الانتخابات و انتخابات')).toEqual(['انتخابات']);
  });

  it('reads hostile keyword sets literally (their speed is measured by `npm run bench`)', () => {
    const keywords = Array.from({ length: 2000 }, (_, i) => `${'a'.repeat(i % 50)}*${i}`).concat(['(a|a)*', '\\', '[', 'a'.repeat(500)]);
    const text = `${'a'.repeat(20_000)}! [ \\`;
    expect(findMatches(compileMatcher([{ id: 't', keywords }]), text).map((f) => f.match)).toEqual(['[', '\\']);
  });
});
