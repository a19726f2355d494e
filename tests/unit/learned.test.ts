// The learned signal: features, likelihood, and how it weighs the keywords' findings (src/core/learned/).
import { describe, expect, it } from 'vitest';
import { analyseDraft, compileCode } from '../../src/core/analysis.ts';
import { featuresOf } from '../../src/core/learned/features.ts';
import { packWeights, unpackWeights } from '../../src/core/learned/packed.ts';
import { compileWeights, distinct, likelihood } from '../../src/core/learned/score.ts';
import { ADD, DOUBT, DOUBT_FROM_TOKENS, weigh } from '../../src/core/learned/weigh.ts';
import type { Finding } from '../../src/core/matcher/match.ts';
import { LEARNED_FROM } from '../../src/core/starter/learned.ts';
import { fingerprint, TUNING } from '../eval/sets.ts';

const weights = (bias: number, pairs: Record<string, number>) => packWeights(bias, Object.entries(pairs));
const long = (text: string) => `${text} ${'en verder nog wat woorden over de week'.repeat(2)}`;

describe('features', () => {
  it('reads folded words and symbols, each alone and with the next, with offsets into the original', () => {
    const text = 'Knáp hoor 👏👏';
    const features = featuresOf(text);
    expect(features.map((f) => f.feature)).toEqual(['knap', 'hoor', '👏', '👏', 'knap hoor', 'hoor 👏', '👏 👏']);
    for (const f of features) expect(text.slice(f.start, f.end).length).toBeGreaterThan(0);
    expect(features.filter((f) => f.feature === 'knap hoor').map((f) => text.slice(f.start, f.end))).toEqual(['Knáp hoor']);
  });
});

describe('packed weights', () => {
  it('give back every feature with its weight to within half a step, leaving out those that round to nothing', () => {
    const pairs: [string, number][] = [['knap', 1], ['knap hoor', 2.5], ['knapper', -0.4], ['👏', 0.7], ['👏 👏', 3.1], ['a', -3.1], ['tiny', 0.01], ['b', 0.03]];
    const packed = packWeights(-2, pairs);
    expect(packed.bias).toBe(-2);
    expect(packed.weights).toMatch(/^[\w-]+$/);
    const unpacked = unpackWeights(packed);
    expect([...unpacked.keys()].sort()).toEqual(pairs.filter(([, w]) => Math.abs(w) > packed.scale / 2).map(([f]) => f).sort());
    for (const [feature, w] of pairs) if (unpacked.has(feature)) expect(Math.abs(unpacked.get(feature)! - w)).toBeLessThanOrEqual(packed.scale / 2);
    // Sorted and front-coded: 'knap hoor' repeats the four letters of 'knap' before it.
    expect(packed.features.split('\n')).toContain('E hoor');
    expect(unpackWeights(packWeights(0, []))).toEqual(new Map());
  });
});

describe('likelihood', () => {
  const compiled = compileWeights(weights(-2, { knap: 1, 'knap hoor': 2, '👏': 1, fijn: -3 }));
  it('is the logistic of the bias and each feature present once, with the strongest positive features as cues', () => {
    const { p, cues } = likelihood(compiled, distinct(featuresOf('Knap hoor 👏👏 knap')));
    const w = (feature: string) => compiled.weight.get(feature)!;
    expect(p).toBeCloseTo(1 / (1 + Math.exp(-(-2 + w('knap') + w('knap hoor') + w('👏')))), 10);
    // Pairs weigh in, but only single words a reader recognises are named.
    expect(cues.map((c) => c.feature)).toEqual(['knap', '👏']);
    expect(likelihood(compiled, distinct(featuresOf('fijn'))).cues).toEqual([]);
    expect(likelihood(compiled, []).p).toBeCloseTo(1 / (1 + Math.exp(2)), 10);
  });
});

describe('weighing the keywords', () => {
  const finding = (topic: string, text: string, word: string): Finding => ({ topic, keyword: word, match: word, start: text.indexOf(word), end: text.indexOf(word) + word.length });
  const learned = new Map([['hostility', compileWeights(weights(-3, { 'knap hoor': 3, knap: 1, koffiemachine: -6, vervanging: 1 }))]]);

  it('sets aside a finding the weights find very unlikely, in a text long enough to judge', () => {
    const text = long('De grote vervanging van de koffiemachine is klaar');
    expect(likelihood(learned.get('hostility')!, distinct(featuresOf(text))).p).toBeLessThan(DOUBT);
    expect(featuresOf(text).filter((f) => !f.feature.includes(' ')).length).toBeGreaterThanOrEqual(DOUBT_FROM_TOKENS);
    expect(weigh([finding('hostility', text, 'vervanging')], text, learned)).toEqual({ findings: [], setAside: [finding('hostility', text, 'vervanging')] });
  });

  it('keeps a keyword in a short text, and findings of topics without weights', () => {
    const short = 'De vervanging van de koffiemachine';
    expect(weigh([finding('hostility', short, 'vervanging')], short, learned)).toEqual({ findings: [finding('hostility', short, 'vervanging')], setAside: [] });
    const text = long('De vervanging van de koffiemachine');
    expect(weigh([finding('politics', text, 'vervanging')], text, learned).findings.map((f) => f.topic)).toEqual(['politics']);
  });

  it('adds a topic no keyword found when the weights find it likely, with the words that weighed most', () => {
    const text = 'Weer een plan van de directie. Knap hoor.';
    expect(likelihood(learned.get('hostility')!, distinct(featuresOf(text))).p).toBeGreaterThanOrEqual(ADD);
    expect(weigh([], text, learned).findings).toEqual([{ topic: 'hostility', keyword: 'knap', match: 'Knap', start: 31, end: 35, learned: true }]);
    // Found by a keyword already: nothing is added beside it.
    expect(weigh([finding('hostility', text, 'plan')], text, learned).findings.map((f) => f.match)).toEqual(['plan']);
  });

  it('runs in every analysis of a code whose topics carry weights', () => {
    const topic = { id: 'hostility', keywords: ['directie'] };
    const text = 'Weer een plan. Knap hoor.';
    expect(analyseDraft(compileCode({ topics: [topic] }), [text]).findings).toEqual([]);
    const found = analyseDraft(compileCode({ topics: [{ ...topic, learned: weights(-3, { 'knap hoor': 3, knap: 1 }) }] }), [text]).findings;
    expect(found.map((f) => [f.topic, f.match, f.learned, f.part])).toEqual([['hostility', 'Knap', true, 0]]);
  });
});

describe("the starter code's weights", () => {
  it('were learned from the tuning part as it is now (run `npm run train` after changing a set)', () => {
    expect(LEARNED_FROM).toBe(fingerprint(TUNING));
  });
});
