/**
 * A code measured on labelled posts (tests/eval/sets/README.md: `sensitive: [topic ids]`, [] for a harmless
 * post): per topic, how many of its posts it finds (recall) and how many posts it flags that are not about it
 * (false positives); over all, recall on sensitive posts (a post counts when one of its topics is found) and
 * the share of harmless posts flagged: the figures `npm run eval` reports.
 */
import type { BatchFigures } from './batch.ts';
import type { BatchPost } from './parse.ts';

export interface TopicEvaluation {
  topic: string;
  /** Labelled posts about this topic. */
  labelled: number;
  /** Of those, the ones where the code found the topic. */
  found: number;
  /** found / labelled; null when no post is labelled with the topic. */
  recall: number | null;
  /** Labelled posts where the topic was found but the post is not about it. */
  falsePositives: number;
}

export interface LabelledEvaluation {
  /** Posts with labels (the others are not counted). */
  posts: number;
  sensitive: number;
  harmless: number;
  /** Sensitive posts with one of their topics found / sensitive posts; null without sensitive posts. */
  recall: number | null;
  /** Harmless posts flagged / harmless posts; null without harmless posts. */
  falsePositiveRate: number | null;
  /** Topics in force (in code order), then labels the code has no topic for. */
  topics: TopicEvaluation[];
  /** Labels that are no topic of the code. */
  unknownLabels: string[];
  /** Indexes (into the posts) of sensitive posts none of whose topics was found. */
  misses: number[];
  /** Indexes of harmless posts that were flagged. */
  falsePositives: number[];
}

/**
 * A label as the code spells the topic: the sets write `_` where ids have `-` (`culture_war` for
 * `culture-war`); an exact id always wins.
 */
export function topicOfLabel(label: string, ids: ReadonlySet<string>): string {
  if (ids.has(label)) return label;
  const dashed = label.replaceAll('_', '-');
  return ids.has(dashed) ? dashed : label;
}

/** Whether any post of a file carries labels. */
export const isLabelled = (posts: readonly BatchPost[]) => posts.some((post) => post.labels !== undefined);

export function evaluateLabelled(posts: readonly BatchPost[], figures: Pick<BatchFigures, 'results' | 'topics'>, topicIds: readonly string[] = figures.topics.map((t) => t.topic)): LabelledEvaluation {
  const ids = new Set(topicIds);
  const found = new Map(figures.results.map((r) => [r.index, new Set(r.topics)]));
  const flaggedAny = new Set(figures.results.filter((r) => r.findings.length > 0).map((r) => r.index));
  const rows = new Map<string, TopicEvaluation>(topicIds.map((topic) => [topic, { topic, labelled: 0, found: 0, recall: null, falsePositives: 0 }]));
  const row = (topic: string) => {
    let r = rows.get(topic);
    if (!r) rows.set(topic, (r = { topic, labelled: 0, found: 0, recall: null, falsePositives: 0 }));
    return r;
  };
  const unknown = new Set<string>();
  const misses: number[] = [];
  const falsePositives: number[] = [];
  let counted = 0;
  let sensitive = 0;
  let caught = 0;
  posts.forEach((post, index) => {
    if (post.labels === undefined) return;
    counted++;
    const labels = [...new Set(post.labels.map((label) => topicOfLabel(label, ids)))];
    const topics = found.get(index) ?? new Set<string>();
    for (const label of labels) if (!ids.has(label)) unknown.add(label);
    for (const topic of topics) if (!labels.includes(topic)) row(topic).falsePositives++;
    if (labels.length === 0) {
      if (flaggedAny.has(index)) falsePositives.push(index);
      return;
    }
    sensitive++;
    if (labels.some((label) => topics.has(label))) caught++;
    else misses.push(index);
    for (const label of labels) {
      const r = row(label);
      r.labelled++;
      if (topics.has(label)) r.found++;
    }
  });
  for (const r of rows.values()) r.recall = r.labelled === 0 ? null : r.found / r.labelled;
  const harmless = counted - sensitive;
  return {
    posts: counted,
    sensitive,
    harmless,
    recall: sensitive === 0 ? null : caught / sensitive,
    falsePositiveRate: harmless === 0 ? null : falsePositives.length / harmless,
    topics: [...rows.values()],
    unknownLabels: [...unknown],
    misses,
    falsePositives,
  };
}
