/**
 * What the employee is shown of a draft's findings: by topic, in the order topics first appear in the draft,
 * each matched word and each keyword once. The pause dialog and the test benches show the same grouping.
 */
import type { Finding } from './matcher/match.ts';

/** A topic as the employee reads it: its label and guidance already in their language. */
export interface ShownTopic {
  id: string;
  label: string;
  guidance: string;
}

export interface TopicFinding extends ShownTopic {
  /** The matched words as written in the draft, each once. */
  matches: string[];
  /** The code's keywords that matched, each once. */
  keywords: string[];
  /** For a match that counted because of what stood near it: that context, as written ("tender" → "€ 2,4 mln"). */
  near?: Record<string, string>;
}

export function groupFindings(topics: readonly ShownTopic[], findings: readonly Finding[]): TopicFinding[] {
  const byId = new Map<string, TopicFinding>();
  for (const finding of findings) {
    let group = byId.get(finding.topic);
    if (!group) {
      const source = topics.find((t) => t.id === finding.topic);
      group = { id: finding.topic, label: source?.label || finding.topic, guidance: source?.guidance ?? '', matches: [], keywords: [] };
      byId.set(finding.topic, group);
    }
    if (!group.matches.includes(finding.match)) group.matches.push(finding.match);
    if (finding.near) group.near = { ...group.near, [finding.match]: finding.near };
    if (!group.keywords.includes(finding.keyword)) group.keywords.push(finding.keyword);
  }
  return [...byId.values()];
}
