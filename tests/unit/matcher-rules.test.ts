// Rules that can be precise: context (near, notNear, within), token classes, weak and strong signals.
import { describe, expect, it } from 'vitest';
import { compileMatcher, type KeywordRule, type MatchTopic } from '../../src/core/matcher/compile.ts';
import { findMatches } from '../../src/core/matcher/match.ts';

const find = (rules: KeywordRule[], text: string, extra: Partial<MatchTopic> = {}) =>
  findMatches(compileMatcher([{ id: 't', keywords: [], rules, ...extra }]), text).map((f) => (f.near ? `${f.match} ~ ${f.near}` : f.match));

describe('context', () => {
  it('counts a keyword only near one of its context words, on either side, within N words', () => {
    const rule = { keyword: 'tender', near: ['prijs', 'inschrijving'], within: 3 };
    expect(find([rule], 'Onze prijs voor de tender staat')).toEqual(['tender ~ prijs']);
    expect(find([rule], 'De tender: onze inschrijving')).toEqual(['tender ~ inschrijving']);
    expect(find([rule], 'Bij de tender vandaag ging het om veel meer dan de prijs')).toEqual([]);
    expect(find([rule], 'Een tender')).toEqual([]);
  });

  it('never takes a part of the keyword itself for its context', () => {
    expect(find([{ keyword: 'hiring freeze', notNear: ['hiring'], within: 8 }], 'The hiring freeze stays')).toEqual(['hiring freeze']);
    expect(find([{ keyword: 'hiring freeze', near: ['freeze'], within: 8 }], 'The hiring freeze stays')).toEqual([]);
    expect(find([{ keyword: 'hiring freeze', near: ['freeze'], within: 8 }], 'Hiring freeze: a freeze on all posts')).toEqual(['Hiring freeze ~ freeze']);
  });

  it('drops a keyword near one of its notNear words', () => {
    const rule = { keyword: 'kabinet', notNear: ['keuken', 'ikea'], within: 4 };
    expect(find([rule], 'Het kabinet valt weer')).toEqual(['kabinet']);
    expect(find([rule], 'Nieuw kabinet voor de keuken')).toEqual([]);
  });

  it('counts a phrase before the keyword by the gap from its last word', () => {
    const rule = { keyword: 'sukkel', notNear: ['ik ben echt'], within: 3 };
    expect(find([rule], 'ik ben echt de grootste sukkel')).toEqual([]);
    expect(find([rule], 'ik ben echt de allergrootste aller sukkel')).toEqual(['sukkel']);
    expect(find([{ keyword: 'deal', near: ['nog niet rond'], within: 3 }], 'nog niet rond is die deal')).toEqual(['deal ~ nog niet rond']);
  });

  it('takes phrases, wildcards and token classes as context, and the window counts words, not characters', () => {
    expect(find([{ keyword: 'rutte', near: ['premier*'] }], 'premiers zoals Rutte')).toEqual(['Rutte ~ premiers']);
    expect(find([{ keyword: 'deal', near: ['nog niet'] }], 'deze deal is nog niet rond')).toEqual(['deal ~ nog niet']);
    expect(find([{ keyword: 'deal', near: ['{money}'], within: 2 }], 'een deal van € 2,4 mln')).toEqual(['deal ~ € 2,4 mln']);
  });
});

describe('many keywords in one rule', () => {
  it('is the same as one rule for each keyword, in order', () => {
    const conditions = { near: ['prijs', '{money}'], notNear: ['gepubliceerd'], within: 4 };
    const words = ['tender', 'aanbesteding', 'offerte*', '{percent}'];
    const texts = [
      'De prijs van de tender. De prijs van de aanbesteding. De prijs van de offertes: 12%',
      'De aanbesteding van € 2,4 mln is gepubliceerd',
      'Een tender zonder prijs',
      'offerteaanvraag voor € 80k, prijs 12 procent onder de tender',
    ];
    const one = compileMatcher([{ id: 't', keywords: [], rules: [{ keywords: words, ...conditions }] }]);
    const each = compileMatcher([{ id: 't', keywords: [], rules: words.map((keyword) => ({ keyword, ...conditions })) }]);
    for (const text of texts) expect(findMatches(one, text)).toEqual(findMatches(each, text));
    expect(findMatches(one, texts[0]!).map((f) => f.keyword)).toEqual(['tender', 'aanbesteding', 'offerte*', '{percent}']);
  });

  it('shares weakness: two different keywords of one weak rule flag together', () => {
    expect(find([{ keywords: ['klant', 'omzet'], strength: 'weak' }], 'Nieuwe klant!')).toEqual([]);
    expect(find([{ keywords: ['klant', 'omzet'], strength: 'weak' }], 'Nieuwe klant, omzet omhoog')).toEqual(['klant', 'omzet']);
  });
});

describe('token classes', () => {
  it.each([
    ['€ 2,4 mln', '{money}'], ['EUR 640.000', '{money}'], ['$1.2M', '{money}'], ['250k', '{money}'], ['3,5 miljoen', '{money}'],
    ['12%', '{percent}'], ['12 procent', '{percent}'], ['2026', '{number}'], ['@gemeente_zuid', '{handle}'],
  ])('finds %s as %s', (text, token) => {
    expect(find([{ keyword: token }], `ok ${text} ok`)).toEqual([text]);
  });

  it('does not take an e-mail address for a handle, nor a plain number for money', () => {
    expect(find([{ keyword: '{handle}' }], 'mail jan@acme.nl')).toEqual([]);
    expect(find([{ keyword: '{money}' }], 'we zijn met 12 man')).toEqual([]);
  });
});

describe('weak and strong signals', () => {
  const rules: KeywordRule[] = [{ keyword: 'klant', strength: 'weak' }, { keyword: '{money}', strength: 'weak' }, { keyword: 'vertrouwelijk' }];
  it('a weak signal alone does not flag; two different weak ones do; one strong one does', () => {
    expect(find(rules, 'Een nieuwe klant!')).toEqual([]);
    expect(find(rules, 'Klant, klant, klant')).toEqual([]);
    expect(find(rules, 'Nieuwe klant, € 80k per jaar')).toEqual(['klant', '€ 80k']);
    expect(find(rules, 'Vertrouwelijk: nieuwe klant')).toEqual(['Vertrouwelijk', 'klant']);
  });

  it("counts a topic's plain keywords as strong, and keeps weak signals of other topics apart", () => {
    const matcher = compileMatcher([
      { id: 'a', keywords: ['acme'], rules: [{ keyword: 'deal', strength: 'weak' }] },
      { id: 'b', keywords: [], rules: [{ keyword: 'merger', strength: 'weak' }] },
    ]);
    expect(findMatches(matcher, 'acme deal').map((f) => f.topic)).toEqual(['a', 'a']);
    expect(findMatches(matcher, 'deal merger')).toEqual([]);
  });

  it('lets a weak signal that does not count hide nothing it overlaps', () => {
    const matcher = compileMatcher([
      { id: 'media', keywords: [], rules: [{ keyword: 'de media zwijgen', strength: 'weak' }] },
      { id: 'press', keywords: ['media'] },
    ]);
    expect(findMatches(matcher, 'De media zwijgen erover').map((f) => [f.topic, f.match])).toEqual([['press', 'media']]);
  });
});

describe("today's semantics, kept", () => {
  it('finds exactly what a code without rules found before', () => {
    const plain: MatchTopic = { id: 'p', keywords: ['vote', 'zwarte piet', 'verkiez*', 'c++'], exceptions: ['vote of thanks'] };
    const text = 'Vote! #ZwartePiet verkiezingen c++ and a vote of thanks';
    const before = findMatches(compileMatcher([plain]), text);
    expect(findMatches(compileMatcher([{ ...plain, rules: [] }]), text)).toEqual(before);
    expect(before.map((f) => f.match)).toEqual(['Vote', 'ZwartePiet', 'verkiezingen', 'c++']);
  });

  it("applies a topic's exceptions to its rules too", () => {
    expect(find([{ keyword: 'party', near: ['vote'] }], 'vote for the birthday party', { exceptions: ['birthday party'] })).toEqual([]);
  });
});
