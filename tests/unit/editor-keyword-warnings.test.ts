import { describe, expect, it } from 'vitest';
import { commonRank, commonWords } from '../../src/core/words/index.ts';
import { COMPOUNDS_FROM, isMisfire, keywordWarnings } from '../../src/core/words/warnings.ts';
import { foldString } from '../../src/core/text/fold.ts';

const kinds = (keyword: string) => keywordWarnings(keyword).map((w) => w.kind);

describe('the built-in common words', () => {
  it('has 5,000 words of each language, each once, folded, most common first', () => {
    for (const language of ['en', 'nl'] as const) {
      const words = commonWords(language);
      expect(words).toHaveLength(5000);
      expect(new Set(words).size).toBe(5000);
      for (const word of words) expect(foldString(word)).toBe(word);
    }
    expect(commonRank('de', 'nl')).toBeLessThan(10);
    expect(commonRank('the', 'en')).toBeLessThan(10);
    expect(commonRank('verkiezingscampagne', 'nl')).toBeUndefined();
  });
});

describe('keyword warnings', () => {
  it('warns that a keyword is a very common word, in the language it is common in, with its rank', () => {
    expect(keywordWarnings('feest')).toContainEqual({ kind: 'common', language: 'nl', rank: commonRank('feest', 'nl') });
    expect(keywordWarnings('Party')).toContainEqual({ kind: 'common', language: 'en', rank: commonRank('party', 'en') });
    expect(keywordWarnings('partij').some((w) => w.kind === 'common' && w.language === 'en')).toBe(false);
  });

  it('warns of short abbreviations, also inside decoration and as a wildcard stem', () => {
    expect(keywordWarnings('CDA')).toContainEqual({ kind: 'short', letters: 3 });
    expect(keywordWarnings('(pvv)')).toEqual([{ kind: 'short', letters: 3 }]);
    expect(keywordWarnings('#ai')).toEqual([{ kind: 'short', letters: 2 }]);
    expect(kinds('ai*')).toContain('short');
    expect(kinds('pvda')).not.toContain('short');
  });

  it('warns of a wildcard that takes in many common words, with the most common first', () => {
    const politi = keywordWarnings('politi*').find((w) => w.kind === 'compounds');
    expect(politi).toBeDefined();
    expect(politi!.kind === 'compounds' && politi!.examples).toContain('politie');
    expect(politi!.kind === 'compounds' && politi!.count).toBeGreaterThanOrEqual(COMPOUNDS_FROM);
    expect(kinds('*heid')).toContain('compounds');
    expect(kinds('*zorg*')).toContain('compounds');
    expect(kinds('verkiezings*')).toEqual([]);
  });

  it('notes (without a warning) that a whole word does not match the longer words it stands in', () => {
    const amen = keywordWarnings('amen').find((w) => w.kind === 'inside');
    expect(amen && amen.kind === 'inside' && amen.examples).toContain('samen');
    expect(isMisfire(amen!)).toBe(false);
    expect(keywordWarnings('amen').filter(isMisfire).map((w) => w.kind)).toEqual(['common', 'common']);
  });

  it('has nothing to say of phrases, token classes, rare words and literals', () => {
    expect(keywordWarnings('zwarte piet')).toEqual([]);
    expect(keywordWarnings('{money}')).toEqual([]);
    expect(keywordWarnings('kabinetsformatie')).toEqual([]);
    expect(keywordWarnings('#metoo')).toEqual([]);
    expect(keywordWarnings('')).toEqual([]);
  });
});
