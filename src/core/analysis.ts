/**
 * What PostPause makes of a draft under a code: the sensitive topics found in each part (topics out of season
 * find nothing), the listed accounts it addresses or mentions, and whether it names the employer's brands
 * without saying the tie. The one analysis the extension, the CLI and the test benches run.
 */
import { compileAudiences, findAudience, type Audience, type AudienceMatch, type CompiledAudiences } from './audience.ts';
import { checkDisclosure, compileDisclosure, type CompiledDisclosure, type Disclosure, type DisclosureNote } from './disclosure.ts';
import type { LearnedWeights } from './learned/packed.ts';
import { compileWeights, type CompiledWeights } from './learned/score.ts';
import { weigh, type WeighedFinding } from './learned/weigh.ts';
import { compileMatcher, type Matcher, type MatchTopic } from './matcher/compile.ts';
import { findMatches } from './matcher/match.ts';
import { activeOn, type Window } from './season.ts';

export interface PartFinding extends WeighedFinding {
  /** Which part of the draft (0 for a single post). */
  part: number;
}

export interface CodeTopic extends MatchTopic {
  when?: readonly Window[];
  /** Learned weights (the starter code's topics only): see learned/weigh.ts. */
  learned?: LearnedWeights;
}

export interface Code {
  topics: readonly CodeTopic[];
  audiences?: readonly Audience[];
  disclosure?: Disclosure | null;
}

export interface CompiledCode {
  matcher: Matcher;
  /** The topics' learned weights, by topic id. */
  learned: Map<string, CompiledWeights>;
  seasons: Map<string, readonly Window[]>;
  audiences: CompiledAudiences;
  disclosure: CompiledDisclosure | null;
}

export function compileCode(code: Code): CompiledCode {
  return {
    matcher: compileMatcher(code.topics),
    learned: new Map(code.topics.flatMap((topic) => (topic.learned ? [[topic.id, compileWeights(topic.learned)] as const] : []))),
    seasons: new Map(code.topics.filter((topic) => topic.when?.length).map((topic) => [topic.id, topic.when!])),
    audiences: compileAudiences(code.audiences ?? []),
    disclosure: code.disclosure?.brands.length ? compileDisclosure(code.disclosure) : null,
  };
}

export interface Analysis {
  findings: PartFinding[];
  /** Starter-code findings its learned weights set aside (see learned/weigh.ts): never a pause, only an explanation. */
  setAside: PartFinding[];
  audience: AudienceMatch[];
  disclosure: DisclosureNote | null;
}

/** Where and when the draft goes: the accounts the page shows it addressed to, and the day (seasons). */
export interface DraftContext {
  to?: readonly string[];
  date?: Date;
}

export function analyseDraft(code: CompiledCode, parts: readonly string[], context: DraftContext = {}): Analysis {
  const date = context.date ?? new Date();
  const inSeason = (topic: string) => activeOn(code.seasons.get(topic), date);
  const weighed = parts.map((text) => weigh(findMatches(code.matcher, text), text, code.learned));
  const inPart = (list: 'findings' | 'setAside') => weighed.flatMap((w, part) => w[list].filter((f) => inSeason(f.topic)).map((finding) => ({ ...finding, part })));
  return { findings: inPart('findings'), setAside: inPart('setAside'), audience: findAudience(code.audiences, parts, context.to ?? []), disclosure: checkDisclosure(code.disclosure, parts) };
}

/** Whether a draft pauses: always in mode "always"; in mode "flagged" when a topic or a listed account was found. */
export const shouldPause = (mode: 'always' | 'flagged', analysis: Pick<Analysis, 'findings' | 'audience'>) =>
  mode === 'always' || analysis.findings.length > 0 || analysis.audience.length > 0;
