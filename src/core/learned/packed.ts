/**
 * A topic's learned weights as they are stored and sent to every tab. Thousands of features with a weight each
 * would be the largest part of the page configuration, so they travel packed: the features sorted, one per
 * line, each written as how much of the line before it repeats (one base64url digit) and the rest; the weights
 * one base64url digit each, a whole number of `scale` steps between -31 and 31. Packing moves a weight by at
 * most half a step, which the README's figures include. Features whose weight rounds to nothing are left out.
 * Pure: no DOM, no browser.
 */

export interface LearnedWeights {
  bias: number;
  /** The step of the weights: a weight is its digit's value minus 32, times `scale`. */
  scale: number;
  /** The features, sorted and front-coded, one per line (a feature never holds a newline: features.ts splits at spaces). */
  features: string;
  /** One digit per feature, in the same order. */
  weights: string;
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ZERO = 32;
const TOP = 31;
const value = new Map([...DIGITS].map((digit, i) => [digit, i]));

/** Packs features and their weights. */
export function packWeights(bias: number, weights: Iterable<readonly [string, number]>): LearnedWeights {
  const entries = [...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const largest = Math.max(0, ...entries.map(([, w]) => Math.abs(w)));
  // Rounded up to four decimals, so the configuration holds a short number and the largest weight still fits.
  const scale = largest > 0 ? Math.ceil((largest / TOP) * 1e4) / 1e4 : 1;
  const lines: string[] = [];
  let digits = '';
  let previous = '';
  for (const [feature, w] of entries) {
    const level = Math.round(w / scale);
    if (level === 0) continue;
    let shared = 0;
    while (shared < DIGITS.length - 1 && shared < previous.length && feature[shared] === previous[shared]) shared++;
    lines.push(DIGITS[shared] + feature.slice(shared));
    digits += DIGITS[ZERO + level];
    previous = feature;
  }
  return { bias, scale, features: lines.join('\n'), weights: digits };
}

/** Each feature with its weight. */
export function unpackWeights(packed: LearnedWeights): Map<string, number> {
  const weight = new Map<string, number>();
  if (packed.features === '') return weight;
  let previous = '';
  const lines = packed.features.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const feature = previous.slice(0, value.get(line[0]!) ?? 0) + line.slice(1);
    weight.set(feature, ((value.get(packed.weights[i]!) ?? ZERO) - ZERO) * packed.scale);
    previous = feature;
  }
  return weight;
}
