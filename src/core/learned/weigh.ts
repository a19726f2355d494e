/**
 * Keywords and learned weights together, for the topics that carry weights (the starter code's): a topic the
 * keywords found but that the weights find very unlikely is set aside (a word taken out of its sense: "the
 * great replacement of our coffee machine"); a topic no keyword found but that the weights find likely is
 * added, with the words that weighed most ("knap hoor", "👏"). Topics without weights are left as they are.
 */
import type { Finding } from '../matcher/match.ts';
import { featuresOf } from './features.ts';
import { distinct, likelihood, type CompiledWeights } from './score.ts';

/**
 * Below DOUBT the keywords' finding is set aside; from ADD on the topic is found without a keyword. Chosen on
 * the 2026-12i posts (880, four writers, never tuned on), measured on later writers (README, "How well the
 * starter code does").
 */
export const DOUBT = 0.05;
export const ADD = 0.4;
/** A shorter text is not doubted: a few words give the weights too little to overrule a keyword ("Na de verkiezingen: #ZwartePiet"). */
export const DOUBT_FROM_TOKENS = 15;

/** A finding that the learned weights made, not a keyword: its `match` is one of the words that weighed most. */
export interface WeighedFinding extends Finding {
  learned?: true;
}

export interface Weighed {
  /** What a pause shows: the keywords' findings kept, and those the weights added. */
  findings: WeighedFinding[];
  /** The keywords' findings the weights set aside: no pause shows them, but whoever tries a code should see why. */
  setAside: Finding[];
}

export function weigh(findings: readonly Finding[], text: string, weights: ReadonlyMap<string, CompiledWeights>): Weighed {
  if (weights.size === 0 || text.trim() === '') return { findings: [...findings], setAside: [] };
  const features = distinct(featuresOf(text));
  const kept: WeighedFinding[] = [];
  const added: WeighedFinding[] = [];
  const setAside: Finding[] = [];
  const found = new Set(findings.map((f) => f.topic));
  const scored = new Map([...weights].map(([topic, compiled]) => [topic, likelihood(compiled, features)]));
  const judged = features.filter((f) => !f.feature.includes(' ')).length >= DOUBT_FROM_TOKENS;
  for (const finding of findings) (!judged || (scored.get(finding.topic)?.p ?? 1) >= DOUBT ? kept : setAside).push(finding);
  for (const [topic, { p, cues }] of scored) {
    if (found.has(topic) || p < ADD) continue;
    for (const cue of cues) added.push({ topic, keyword: cue.feature, match: text.slice(cue.start, cue.end), start: cue.start, end: cue.end, learned: true });
  }
  return { findings: [...kept, ...added].sort((a, b) => a.start - b.start || a.end - b.end), setAside };
}
