/**
 * Measures a code against a labelled set of posts: recall on sensitive posts (a post counts when one of
 * its labelled topics is found), per topic, and the false-positive rate on harmless posts.
 */
import { compileMatcher, type MatchTopic } from '../../src/core/matcher/compile.ts';
import { findMatches, type Finding } from '../../src/core/matcher/match.ts';

export interface LabelledPost {
  id: string;
  lang: string;
  site: string;
  kind: string;
  text: string;
  topics: string[];
  note?: string;
}

export interface Evaluation {
  posts: number;
  sensitive: number;
  harmless: number;
  recall: number;
  falsePositiveRate: number;
  perTopic: Record<string, { posts: number; found: number; recall: number }>;
  misses: { id: string; topics: string[]; found: string[]; text: string }[];
  falsePositives: { id: string; findings: Pick<Finding, 'topic' | 'match'>[]; text: string }[];
}

export function evaluate(topics: MatchTopic[], posts: LabelledPost[]): Evaluation {
  const matcher = compileMatcher(topics);
  const perTopic: Evaluation['perTopic'] = {};
  const misses: Evaluation['misses'] = [];
  const falsePositives: Evaluation['falsePositives'] = [];
  let caught = 0;
  let sensitive = 0;
  for (const post of posts) {
    const findings = findMatches(matcher, post.text);
    const found = [...new Set(findings.map((f) => f.topic))];
    if (post.topics.length === 0) {
      if (findings.length > 0) falsePositives.push({ id: post.id, findings: findings.map(({ topic, match }) => ({ topic, match })), text: post.text });
      continue;
    }
    sensitive++;
    if (post.topics.some((t) => found.includes(t))) caught++;
    else misses.push({ id: post.id, topics: post.topics, found, text: post.text });
    for (const topic of post.topics) {
      const row = (perTopic[topic] ??= { posts: 0, found: 0, recall: 0 });
      row.posts++;
      if (found.includes(topic)) row.found++;
    }
  }
  for (const row of Object.values(perTopic)) row.recall = row.found / row.posts;
  const harmless = posts.length - sensitive;
  return {
    posts: posts.length,
    sensitive,
    harmless,
    recall: caught / sensitive,
    falsePositiveRate: falsePositives.length / harmless,
    perTopic,
    misses,
    falsePositives,
  };
}
