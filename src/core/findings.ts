/**
 * What the employee is shown of a draft's findings: by topic, in the order topics first appear in the draft,
 * each matched word and each keyword once. The pause dialog and the test benches show the same grouping.
 */
import type { AudienceMatch } from './audience.ts';
import type { WeighedFinding } from './learned/weigh.ts';
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
  /** Found by the starter code's learned weights, not by a keyword: `matches` are the words that weighed most. */
  learned?: true;
}

export function groupFindings(topics: readonly ShownTopic[], findings: readonly WeighedFinding[]): TopicFinding[] {
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
    if (finding.learned) group.learned = true;
  }
  return [...byId.values()];
}

/** What the learned weights set aside, for whoever tries a code: each matched word once, with its topic ("“great replacement” (Conspiracy theories)"). */
export function setAsideWords(topics: readonly Pick<ShownTopic, 'id' | 'label'>[], setAside: readonly Finding[]): string {
  const label = (topic: string) => topics.find((t) => t.id === topic)?.label || topic;
  return [...new Set(setAside.map((f) => `“${f.match}” (${label(f.topic)})`))].join(', ');
}

/** A listed account the draft addresses or mentions, as the employee reads it: "you are replying to @x, a client of ours". */
export interface AudienceNote {
  id: string;
  label: string;
  guidance: string;
  match: string;
  via: AudienceMatch['via'];
}

/** One note per audience and account, the ones the draft goes to first. */
export function audienceNotes(audiences: readonly ShownTopic[], matches: readonly AudienceMatch[]): AudienceNote[] {
  const ordered = [...matches].sort((a, b) => Number(a.via === 'mention') - Number(b.via === 'mention'));
  const notes: AudienceNote[] = [];
  for (const match of ordered) {
    if (notes.some((note) => note.id === match.id && note.match.toLowerCase() === match.match.toLowerCase())) continue;
    const audience = audiences.find((a) => a.id === match.id);
    notes.push({ id: match.id, label: audience?.label ?? match.id, guidance: audience?.guidance ?? '', match: match.match, via: match.via });
  }
  return notes;
}
