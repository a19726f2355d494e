import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseBatch, batchCode, BatchRun } from '../../src/core/batch/batch.ts';
import { evaluateLabelled, isLabelled, topicOfLabel } from '../../src/core/batch/evaluate.ts';
import { parsePosts, type BatchPost } from '../../src/core/batch/parse.ts';
import { packWeights } from '../../src/core/learned/packed.ts';
import { mergeSettings } from '../../src/core/policy/schema.ts';
import { starterTopics } from '../../src/core/starter/topics.ts';
import { evaluate } from '../eval/evaluate.ts';
import { FROZEN, readSet } from '../eval/sets.ts';

const settings = mergeSettings({
  starterTopics: false,
  topics: [
    { id: 'clients', label: 'Clients', keywords: ['prorail', 'schiphol*'], exceptions: ['schiphol-oost'] },
    { id: 'money', label: 'Money', keywords: ['omzet'], rules: [{ keyword: 'tender', near: ['{money}'] }] },
    { id: 'xmas', label: 'Christmas', keywords: ['kerstpakket'], when: [{ from: '12-01', until: '12-31' }] },
  ],
  audiences: [{ id: 'press', label: 'Press', guidance: 'Ask comms first.', handles: ['@krant'] }],
});
const posts: BatchPost[] = [
  { id: 'a', text: 'Mooi project voor ProRail en Schiphol', line: 1 },
  { id: 'b', text: 'Lunch op Schiphol-Oost', line: 2 },
  { id: 'c', text: 'De tender van € 2,4 mln is binnen; omzet omhoog, prorail blij', line: 3 },
  { id: 'd', text: 'Hallo @krant', line: 4 },
  { id: 'e', text: 'Het kerstpakket is er', line: 5, date: new Date('2024-06-01T12:00:00') },
  { id: 'f', text: 'Het kerstpakket is er weer', line: 6, date: new Date('2024-12-10T12:00:00') },
  { id: 'g', text: 'Een tender zonder bedrag', line: 7 },
];

describe('the batch analysis', () => {
  const figures = analyseBatch(batchCode(settings, starterTopics), posts, { date: new Date('2024-06-01T12:00:00') });

  it('counts the posts flagged, per topic and per audience, in code order', () => {
    expect(figures.posts).toBe(7);
    expect(figures.flagged).toBe(4);
    expect(figures.topics).toEqual([{ topic: 'clients', posts: 2 }, { topic: 'money', posts: 1 }, { topic: 'xmas', posts: 1 }]);
    expect(figures.audiences).toEqual([{ topic: 'press', posts: 1 }]);
  });

  it('lists every flagged post with its marks, in file order', () => {
    expect(figures.results.map((r) => [posts[r.index]!.id, r.topics])).toEqual([['a', ['clients']], ['c', ['money', 'clients']], ['d', []], ['f', ['xmas']]]);
    const c = figures.results[1]!;
    expect(c.findings.map((f) => posts[2]!.text.slice(f.start, f.end))).toEqual(['tender', 'omzet', 'prorail']);
  });

  it('ranks keywords by the posts they fire in, then by how often, then alphabetically', () => {
    expect(figures.keywords).toEqual([
      { topic: 'clients', keyword: 'prorail', posts: 2, matches: 2 },
      { topic: 'xmas', keyword: 'kerstpakket', posts: 1, matches: 1 },
      { topic: 'money', keyword: 'omzet', posts: 1, matches: 1 },
      { topic: 'clients', keyword: 'schiphol*', posts: 1, matches: 1 },
      { topic: 'money', keyword: 'tender', posts: 1, matches: 1 },
    ]);
  });

  it('counts a topic with a season all year when asked', () => {
    const all = analyseBatch(batchCode(settings, starterTopics, { ignoreSeasons: true }), posts, { date: new Date('2024-06-01T12:00:00') });
    expect(all.topics.find((t) => t.topic === 'xmas')).toEqual({ topic: 'xmas', posts: 2 });
  });

  it('gives the same figures in chunks as at once, and can be read while under way', () => {
    const run = new BatchRun(batchCode(settings, starterTopics), posts, { date: new Date('2024-06-01T12:00:00') });
    expect(run.step(3)).toBe(3);
    expect(run.figures().posts).toBe(3);
    expect(run.finished).toBe(false);
    while (!run.finished) run.step(2);
    expect(run.figures()).toEqual(figures);
  });

  it('counts posts only the learned weights found apart, and never their words as keywords', () => {
    const starter = [{ id: 'tone', label: 'Tone', keywords: ['idioot'], learned: packWeights(-3, [['knap hoor', 3], ['knap', 1]]) }];
    const code = batchCode(mergeSettings({}), starter);
    const found = analyseBatch(code, [{ id: 'a', text: 'Weer een plan. Knap hoor.', line: 1 }, { id: 'b', text: 'Wat een idioot', line: 2 }]);
    expect(found.topics).toEqual([{ topic: 'tone', posts: 2 }]);
    expect(found.learned).toBe(1);
    expect(found.keywords).toEqual([{ topic: 'tone', keyword: 'idioot', posts: 1, matches: 1 }]);
  });

  it('takes the starter topics in when the code keeps them', () => {
    const code = batchCode(mergeSettings({}), starterTopics);
    expect(code.topics.map((t) => t.id)).toEqual(starterTopics.map((t) => t.id));
  });
});

describe('the labelled evaluation', () => {
  it('maps the sets\' underscores onto topic ids, an exact id first', () => {
    expect(topicOfLabel('culture_war', new Set(['culture-war']))).toBe('culture-war');
    expect(topicOfLabel('culture_war', new Set(['culture_war', 'culture-war']))).toBe('culture_war');
    expect(topicOfLabel('unknown_topic', new Set(['x']))).toBe('unknown_topic');
  });

  it('gives recall and false positives per topic, and over all', () => {
    const labelled: BatchPost[] = [
      { id: '1', text: 'ProRail!', line: 1, labels: ['clients'] },
      { id: '2', text: 'Schiphol lunch', line: 2, labels: [] },
      { id: '3', text: 'Onze omzet', line: 3, labels: ['money', 'clients'] },
      { id: '4', text: 'Nothing here', line: 4, labels: ['money'] },
      { id: '5', text: 'Nothing either', line: 5, labels: ['gossip'] },
      { id: '6', text: 'Not labelled: prorail', line: 6 },
    ];
    const code = batchCode(settings, starterTopics);
    const result = evaluateLabelled(labelled, analyseBatch(code, labelled));
    expect(isLabelled(labelled)).toBe(true);
    expect(result).toMatchObject({ posts: 5, sensitive: 4, harmless: 1, recall: 2 / 4, falsePositiveRate: 1, unknownLabels: ['gossip'], misses: [3, 4], falsePositives: [1] });
    expect(result.topics).toEqual([
      { topic: 'clients', labelled: 2, found: 1, recall: 0.5, falsePositives: 1 },
      { topic: 'money', labelled: 2, found: 1, recall: 0.5, falsePositives: 0 },
      { topic: 'xmas', labelled: 0, found: 0, recall: null, falsePositives: 0 },
      { topic: 'gossip', labelled: 1, found: 0, recall: 0, falsePositives: 0 },
    ]);
  });

  it('gives the figures npm run eval gives on the frozen set, from the file as the editor reads it', () => {
    const file = readFileSync('tests/eval/sets/frozen.jsonl', 'utf8');
    const { posts: read, problems } = parsePosts(file, FROZEN);
    expect(problems).toEqual([]);
    const result = evaluateLabelled(read, analyseBatch(batchCode(mergeSettings({}), starterTopics), read));
    const reference = evaluate(starterTopics, readSet(FROZEN));
    expect(result.posts).toBe(reference.posts);
    expect(result.recall).toBeCloseTo(reference.recall, 10);
    expect(result.falsePositiveRate).toBeCloseTo(reference.falsePositiveRate, 10);
    for (const [topic, row] of Object.entries(reference.perTopic)) {
      expect(result.topics.find((t) => t.topic === topic), topic).toMatchObject({ labelled: row.posts, found: row.found });
    }
  });
});
