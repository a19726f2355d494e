/**
 * Keeps the code's matcher compiled: once per configuration, while the page is idle, so the publish press
 * itself only matches.
 */
import { analyseParts, type PartFinding } from '../core/matcher/analyse.ts';
import { compileMatcher, type Matcher } from '../core/matcher/compile.ts';
import type { PageConfig } from '../core/policy/settings.ts';
import { whenIdle } from './timers.ts';

export function createAnalyser(signal: AbortSignal) {
  let compiledFor: PageConfig['topics'] | null = null;
  let matcher: Matcher | null = null;

  const compiled = (topics: PageConfig['topics']): Matcher => {
    if (!matcher || compiledFor !== topics) {
      matcher = compileMatcher(topics);
      compiledFor = topics;
    }
    return matcher;
  };

  return {
    /** Compiles ahead of time, when the browser has nothing else to do. */
    prepare(config: PageConfig) {
      whenIdle(() => compiled(config.topics), signal);
    },
    analyse(config: PageConfig, parts: readonly string[]): PartFinding[] {
      return analyseParts(compiled(config.topics), parts);
    },
  };
}
