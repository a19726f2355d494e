// Seeded fuzzing of the matcher: hostile keywords (regular-expression syntax, odd Unicode) and texts.
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../src/core/matcher/compile.ts';
import { findMatches } from '../../src/core/matcher/match.ts';
import { hostilePhrase, random } from '../support/hostile.mjs';

describe('matcher fuzzing', () => {
  it('never throws, and reports true substrings in order without overlaps', () => {
    const rnd = random(2026);
    const phrase = (n: number) => hostilePhrase(rnd, n);
    for (let round = 0; round < 200; round++) {
      const keywords = Array.from({ length: 1 + Math.floor(rnd() * 40) }, () => phrase(1 + Math.floor(rnd() * 5)));
      const text = phrase(50 + Math.floor(rnd() * 400));
      const matcher = compileMatcher([{ id: 'a', keywords: keywords.slice(0, 20), exceptions: [phrase(3)] }, { id: 'b', keywords: keywords.slice(20) }]);
      const found = findMatches(matcher, text);
      let at = 0;
      for (const f of found) {
        expect(f.match).toBe(text.slice(f.start, f.end));
        expect(f.start).toBeGreaterThanOrEqual(at);
        expect(f.end).toBeGreaterThan(f.start);
        at = f.end;
      }
    }
  });

  it('handles 100,000 keywords and a 100,000-character draft', () => {
    const keywords = Array.from({ length: 100_000 }, (_, i) => `kw${i.toString(36)}${i % 3 ? '' : ' phrase'}${i % 7 ? '' : '*'}`);
    const matcher = compileMatcher([{ id: 't', keywords }]);
    const text = 'plain words and kw1z phrase, 🎉 עברית\u200F '.repeat(2500);
    const found = findMatches(matcher, text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => text.slice(f.start, f.end) === f.match)).toBe(true);
  });
});
