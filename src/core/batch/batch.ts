/**
 * A code tried on earlier posts: which posts it would flag and with what, per topic how many, and which
 * keywords fire most (a noisy keyword stands out). The same analysis as every pause (analyseDraft), one post
 * at a time, so the editor can run it in chunks and yield to the page between them; the CLI runs it at once.
 */
import { analyseDraft, compileCode, type CompiledCode, type PartFinding } from '../analysis.ts';
import type { AudienceMatch } from '../audience.ts';
import { pageTopic, topicsInForce, type PageAudience, type PageTopic, type Settings, type StarterTopic } from '../policy/settings.ts';
import type { BatchPost } from './parse.ts';

export interface BatchOptions {
  /** The day for posts the file gives no date for (topics with a season); default: today. */
  date?: Date;
  /** Count topics with a season all year, whatever the posts' dates. */
  ignoreSeasons?: boolean;
}

/** The code in force under `settings` (starter topics included when on), ready for a batch. */
export interface BatchCode {
  compiled: CompiledCode;
  /** The topics in force, in code order, with their texts in English (ids are what counts). */
  topics: PageTopic[];
  audiences: PageAudience[];
}

export function batchCode(settings: Settings, starter: readonly StarterTopic[], options: Pick<BatchOptions, 'ignoreSeasons'> = {}): BatchCode {
  const topics = topicsInForce(settings, [...starter]).map((topic) => pageTopic(options.ignoreSeasons ? { ...topic, when: undefined } : topic, 'en'));
  const audiences = settings.audiences.map((a) => ({ id: a.id, label: a.label, guidance: a.guidance, handles: a.handles ?? [], names: a.names ?? [] }));
  return { compiled: compileCode({ topics, audiences, disclosure: null }), topics, audiences };
}

/** A post the code flags: its index in the file's posts, what was found, and the topics, each once. */
export interface PostResult {
  index: number;
  findings: PartFinding[];
  audience: AudienceMatch[];
  topics: string[];
}

export interface TopicCount {
  topic: string;
  /** Posts in which the topic was found. */
  posts: number;
}

export interface KeywordCount {
  topic: string;
  keyword: string;
  /** Posts in which this keyword fired. */
  posts: number;
  /** Times it fired, all posts together. */
  matches: number;
}

export interface BatchFigures {
  posts: number;
  /** Posts with a topic found or a listed account mentioned. */
  flagged: number;
  /** Every topic in force, in code order (0 where nothing was found). */
  topics: TopicCount[];
  /** Listed accounts mentioned, per audience, in code order. */
  audiences: TopicCount[];
  /** Every keyword that fired, the one in most posts first (the learned weights' words are no keywords). */
  keywords: KeywordCount[];
  /** Posts with a topic that only the starter code's learned weights found. */
  learned: number;
  /** The flagged posts, in file order. */
  results: PostResult[];
}

/**
 * A batch under way: `step` analyses the next posts; `figures` can be read at any point (the editor shows
 * them as they grow).
 */
export class BatchRun {
  private next = 0;
  private readonly results: PostResult[] = [];
  private readonly topicPosts = new Map<string, number>();
  private readonly audiencePosts = new Map<string, number>();
  private readonly keywordCounts = new Map<string, KeywordCount>();
  private learnedPosts = 0;
  private readonly date: Date;

  constructor(
    private readonly code: BatchCode,
    private readonly posts: readonly BatchPost[],
    options: BatchOptions = {},
  ) {
    this.date = options.date ?? new Date();
  }

  get done(): number {
    return this.next;
  }

  get total(): number {
    return this.posts.length;
  }

  get finished(): boolean {
    return this.next >= this.posts.length;
  }

  /** Analyses up to `count` more posts; returns how many are done. */
  step(count: number): number {
    const end = Math.min(this.posts.length, this.next + count);
    for (; this.next < end; this.next++) this.analyse(this.next);
    return this.next;
  }

  private analyse(index: number) {
    const post = this.posts[index]!;
    const { findings, audience } = analyseDraft(this.code.compiled, [post.text], { date: post.date ?? this.date });
    if (findings.length === 0 && audience.length === 0) return;
    const topics = [...new Set(findings.map((f) => f.topic))];
    for (const topic of topics) this.topicPosts.set(topic, (this.topicPosts.get(topic) ?? 0) + 1);
    for (const id of new Set(audience.map((a) => a.id))) this.audiencePosts.set(id, (this.audiencePosts.get(id) ?? 0) + 1);
    if (findings.some((f) => f.learned)) this.learnedPosts++;
    const seen = new Set<string>();
    for (const finding of findings) {
      if (finding.learned) continue;
      const key = `${finding.topic}\u0000${finding.keyword}`;
      let count = this.keywordCounts.get(key);
      if (!count) this.keywordCounts.set(key, (count = { topic: finding.topic, keyword: finding.keyword, posts: 0, matches: 0 }));
      count.matches++;
      if (!seen.has(key)) {
        seen.add(key);
        count.posts++;
      }
    }
    this.results.push({ index, findings, audience, topics });
  }

  figures(): BatchFigures {
    return {
      posts: this.next,
      flagged: this.results.length,
      topics: this.code.topics.map((t) => ({ topic: t.id, posts: this.topicPosts.get(t.id) ?? 0 })),
      audiences: this.code.audiences.map((a) => ({ topic: a.id, posts: this.audiencePosts.get(a.id) ?? 0 })),
      keywords: [...this.keywordCounts.values()].sort((a, b) => b.posts - a.posts || b.matches - a.matches || a.keyword.localeCompare(b.keyword)),
      learned: this.learnedPosts,
      results: [...this.results],
    };
  }
}

/** The whole batch at once (the CLI, the bench). */
export function analyseBatch(code: BatchCode, posts: readonly BatchPost[], options: BatchOptions = {}): BatchFigures {
  const run = new BatchRun(code, posts, options);
  run.step(posts.length);
  return run.figures();
}
