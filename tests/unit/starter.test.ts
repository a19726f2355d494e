import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../src/core/matcher/compile.ts';
import { findMatches } from '../../src/core/matcher/match.ts';
import { topicSchema } from '../../src/core/policy/schema.ts';
import { withBothQuotes } from '../../src/core/starter/rules.ts';
import { starterTopics } from '../../src/core/starter/topics.ts';
import { evaluate } from '../eval/evaluate.ts';
import { FROZEN, HELD_OUT, readSet } from '../eval/sets.ts';

/**
 * What the starter code reaches on the frozen test half (tests/eval/sets/README.md), which nobody tuned on:
 * a ratchet, raised as the code improves, so that no change makes it worse unnoticed.
 */
type Guard = { recall: number; falsePositiveRate: number };
const FROZEN_GUARD: Guard = { recall: 0.88, falsePositiveRate: 0.04 };
/** The same ratchet on each held-out round of new writers, which the weights were never trained on; a new round needs its own. */
const HELD_OUT_GUARDS: Record<string, Guard> = {
  'heldout-2026-12n.jsonl': { recall: 0.88, falsePositiveRate: 0.045 },
};

const matcher = compileMatcher(starterTopics);
const topicsIn = (text: string) => [...new Set(findMatches(matcher, text).map((f) => f.topic))];

describe('the starter code', () => {
  it('is valid under the same schema as an employer\'s code, with labels and guidance in both languages', () => {
    for (const topic of starterTopics) {
      const { learned: _, ...code } = topic;
      expect(topicSchema.safeParse(code).success, topic.id).toBe(true);
      for (const text of [topic.label, topic.labelNl, topic.guidance, topic.guidanceNl]) expect(text).toMatch(/\S/);
    }
    expect(starterTopics.map((t) => t.id)).toEqual(['politics', 'religion', 'sexuality', 'conspiracy', 'culture-war', 'confidential', 'hostility']);
  });

  it.each([
    'Great company party last night, thanks to the organisers! 🎉',
    'Wat een personeelsfeest! Trots op dit team.',
    'Proud of our crew: the 5G mast we installed in Zwolle is live.',
    'Vandaag de nieuwe 5G-mast op het dak geplaatst.',
    'We won the Green Deal tender for the harbour quay.',
    'Nachtafsluiting van de Piet Heintunnel voor onderhoud.',
    'Pieter en Piet van de werkvoorbereiding gaan met pensioen.',
    'Sinterklaas kwam vandaag langs op kantoor, de kinderen genoten.',
    'Restauratie van de Sint-Janskerk is opgeleverd: 14 maanden steigerwerk.',
    'A third-party supplier delivered the steel two days early.',
    'Ik geloof dat we de planning gaan halen.',
    'De nieuwe moskee in Almere is opgeleverd, een technisch hoogstandje.',
    'Woke up at 4 for the concrete pour.',
  ])('lets an ordinary post pass: %s', (text) => {
    expect(topicsIn(text)).toEqual([]);
  });

  it.each([
    ['Stem niet op de PVV bij de verkiezingen!', 'politics'],
    ['Zwarte Piet is gewoon traditie, die woke types moeten ophouden.', 'culture-war'],
    ['5G straling maakt mensen ziek, doe je eigen onderzoek', 'conspiracy'],
    ['Vertrouwelijk: de overname van Jansen is nog niet bekend.', 'confidential'],
    ['Wat een idioot is die onderaannemer.', 'hostility'],
    ['Bid mee voor onze collega, God is groot.', 'religion'],
    ['Sorry, but pronouns in email signatures are gender ideology.', 'sexuality'],
  ])('flags: %s', (text, topic) => {
    expect(topicsIn(text)).toContain(topic);
  });

  it('writes a scare-quoted term once and matches it in single and double quotes', () => {
    expect(withBothQuotes({ keywords: ["'expert'", 'stom'], exceptions: [], rules: [{ keyword: "'senior'", near: ["'team'"] }, { keyword: 'kabinet' }] })).toEqual({
      keywords: ["'expert'", '"expert"', 'stom'],
      exceptions: [],
      rules: [{ keywords: ["'senior'", '"senior"'], near: ["'team'", '"team"'] }, { keyword: 'kabinet' }],
    });
    expect(topicsIn('Our "senior" architect took two weeks to review one "quick" change 🙄')).toContain('hostility');
  });

  const guarded: [string, string, number, Guard | undefined][] = [
    ['the frozen test half', FROZEN, 400, FROZEN_GUARD],
    ...HELD_OUT.map((set): [string, string, number, Guard | undefined] => [`the held-out round ${set}`, set, 800, HELD_OUT_GUARDS[set]]),
  ];
  it.each(guarded)('holds its figures on %s', (_, set, size, guard) => {
    const posts = readSet(set);
    expect(posts.length).toBeGreaterThanOrEqual(size);
    expect(guard, `a ratchet for ${set}`).toBeDefined();
    const result = evaluate(starterTopics, posts);
    expect(result.recall).toBeGreaterThanOrEqual(guard!.recall);
    expect(result.falsePositiveRate).toBeLessThanOrEqual(guard!.falsePositiveRate);
  });
});
