/**
 * Keeps the code's matcher compiled: once per configuration, while the page is idle, so the publish press
 * itself only matches.
 */
import { analyseParts, type PartFinding } from '../core/matcher/analyse.ts';
import { compileMatcher, type Matcher } from '../core/matcher/compile.ts';
import type { PageConfig } from '../core/policy/settings.ts';

export function createAnalyser() {
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
      const run = () => compiled(config.topics);
      if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
      else setTimeout(run, 0);
    },
    analyse(config: PageConfig, parts: readonly string[]): PartFinding[] {
      return analyseParts(compiled(config.topics), parts);
    },
  };
}
