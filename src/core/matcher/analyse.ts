/** The findings of a draft: every post of a thread is matched on its own. */
import type { Matcher } from './compile.ts';
import { findMatches, type Finding } from './match.ts';

export interface PartFinding extends Finding {
  /** Which post of a thread (0 for a single post). */
  part: number;
}

export function analyseParts(matcher: Matcher, parts: readonly string[]): PartFinding[] {
  return parts.flatMap((text, part) => findMatches(matcher, text).map((finding) => ({ ...finding, part })));
}

/** Whether a draft pauses: always in mode "always", only when something was found in mode "flagged". */
export const shouldPause = (mode: 'always' | 'flagged', findings: readonly unknown[]) => mode === 'always' || findings.length > 0;
