/**
 * Measures a code against a labelled set of posts: recall on sensitive posts (a post counts when one of
 * its labelled topics is found), per topic, and the false-positive rate on harmless posts.
 */
import { analyseDraft, compileCode, type CodeTopic } from '../../src/core/analysis.ts';
import type { Finding } from '../../src/core/matcher/match.ts';

export interface LabelledPost {
  id: string;
  lang: string;
  site: string;
  surface: string;
  text: string;
  /** The topics the post is about; [] for a harmless post. */
  sensitive: string[];
  notes?: string;
}

export interface Figures {
  sensitive: number;
  harmless: number;
  recall: number;
  falsePositiveRate: number;
}

export interface Evaluation {
  posts: number;
  sensitive: number;
  harmless: number;
  recall: number;
  falsePositiveRate: number;
  perTopic: Record<string, { posts: number; found: number; recall: number }>;
  /** Recall and false positives per language. */
  perLanguage: Record<string, Figures>;
  misses: { id: string; topics: string[]; found: string[]; text: string }[];
  falsePositives: { id: string; findings: Pick<Finding, 'topic' | 'match'>[]; text: string }[];
}

/** The same analysis as a pause (keywords, then the learned weights of topics that carry them), all year round. */
export function evaluate(topics: readonly CodeTopic[], posts: LabelledPost[]): Evaluation {
  const code = compileCode({ topics: topics.map(({ when: _, ...topic }) => topic) });
  const perTopic: Evaluation['perTopic'] = {};
  const misses: Evaluation['misses'] = [];
  const falsePositives: Evaluation['falsePositives'] = [];
  let caught = 0;
  let sensitive = 0;
  const languages: Record<string, { sensitive: number; caught: number; harmless: number; flagged: number }> = {};
  for (const post of posts) {
    const { findings } = analyseDraft(code, [post.text]);
    const found = [...new Set(findings.map((f) => f.topic))];
    const lang = (languages[post.lang] ??= { sensitive: 0, caught: 0, harmless: 0, flagged: 0 });
    if (post.sensitive.length === 0) {
      lang.harmless++;
      if (findings.length > 0) {
        lang.flagged++;
        falsePositives.push({ id: post.id, findings: findings.map(({ topic, match }) => ({ topic, match })), text: post.text });
      }
      continue;
    }
    sensitive++;
    lang.sensitive++;
    if (post.sensitive.some((t) => found.includes(t))) {
      caught++;
      lang.caught++;
    } else misses.push({ id: post.id, topics: post.sensitive, found, text: post.text });
    for (const topic of post.sensitive) {
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
    perLanguage: Object.fromEntries(Object.entries(languages).map(([lang, n]) => [lang, { sensitive: n.sensitive, harmless: n.harmless, recall: n.caught / n.sensitive, falsePositiveRate: n.flagged / n.harmless }])),
    misses,
    falsePositives,
  };
}
