/**
 * The learned signal of a topic: a logistic model over a text's features (see features.ts), trained on the
 * labelled posts of tests/eval/sets/. It gives how likely the text is about the topic, and the features that
 * weighed most, so a pause can say why. Pure: no DOM, no browser.
 */
import type { FeatureAt } from './features.ts';
import { unpackWeights, type LearnedWeights } from './packed.ts';

export type CompiledWeights = { bias: number; weight: ReadonlyMap<string, number> };

export const compileWeights = (learned: LearnedWeights): CompiledWeights => ({ bias: learned.bias, weight: unpackWeights(learned) });

export interface Likelihood {
  /** 0 to 1: how likely the text is about the topic. */
  p: number;
  /**
   * The words present that pushed most towards the topic, strongest first (at most three): single words of four
   * letters or more, and emoji, which a reader can recognise; pairs and short words weigh in but say little.
   */
  cues: FeatureAt[];
}

const telling = (feature: string) => !feature.includes(' ') && (feature.length >= 4 || /[^\p{ASCII}\p{L}\p{N}]/u.test(feature));

/** Each feature once, at its first place in the text. */
export function distinct(features: readonly FeatureAt[]): FeatureAt[] {
  const seen = new Set<string>();
  return features.filter((at) => !seen.has(at.feature) && seen.add(at.feature));
}

/** How likely a text is about the topic, from its `distinct` features (each counts once, however often it occurs). */
export function likelihood(compiled: CompiledWeights, features: readonly FeatureAt[]): Likelihood {
  let z = compiled.bias;
  const cues: { at: FeatureAt; w: number }[] = [];
  for (const at of features) {
    const w = compiled.weight.get(at.feature);
    if (w === undefined) continue;
    z += w;
    if (w > 0) cues.push({ at, w });
  }
  const named: FeatureAt[] = [];
  for (const cue of cues.sort((a, b) => b.w - a.w)) if (named.length < 3 && telling(cue.at.feature)) named.push(cue.at);
  return { p: 1 / (1 + Math.exp(-z)), cues: named };
}
