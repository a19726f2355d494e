import { describe, expect, it } from 'vitest';
import { jsonPath, mergeSettings, settingSchemas, validateSettings } from '../../src/core/policy/schema.ts';
import { DEFAULTS } from '../../src/core/policy/settings.ts';

describe('settings schema', () => {
  it('accepts the defaults key by key', () => {
    const { values, problems } = validateSettings(DEFAULTS, 'policy');
    expect(problems).toEqual([]);
    expect(values).toEqual(DEFAULTS);
  });

  it('has a schema for every setting and no more', () => {
    expect(Object.keys(settingSchemas).sort()).toEqual(Object.keys(DEFAULTS).sort());
  });

  it('drops each bad key on its own and names it by its JSON path', () => {
    const { values, problems } = validateSettings({ pauseSeconds: 99, mode: 'never', companyName: 'Acme', surprise: 1 }, 'policy');
    expect(values).toEqual({ companyName: 'Acme' });
    expect(problems.map((p) => p.path)).toEqual(['pauseSeconds', 'mode', 'surprise']);
    expect(problems.every((p) => p.source === 'policy' && p.message.length > 0)).toBe(true);
  });

  it('skips an invalid topic and keeps the valid ones', () => {
    const { values, problems } = validateSettings({
      topics: [
        { id: 'ok', label: 'Fine', keywords: ['a'] },
        { id: 'bad one', label: 'Bad', keywords: ['b', 7] },
        { id: 'ok', label: 'Again', keywords: [] },
      ],
    }, 'policy');
    expect(values.topics!.map((t) => t.id)).toEqual(['ok']);
    expect(problems.map((p) => p.path)).toEqual(['topics[1].id', 'topics[1].keywords[1]', 'topics[2].id']);
  });

  it('reports a policy that is not an object', () => {
    expect(validateSettings([1, 2], 'policy').problems).toEqual([{ source: 'policy', path: '$', message: 'expected an object of settings' }]);
    expect(validateSettings(undefined, 'policy').problems).toEqual([]);
  });

  it('formats JSON paths', () => {
    expect(jsonPath(['topics', 2, 'keywords', 0])).toBe('topics[2].keywords[0]');
    expect(jsonPath(['sites', 'x'])).toBe('sites.x');
  });

  it('merges with the first layer winning, nested toggles key by key', () => {
    const merged = mergeSettings({ pauseSeconds: 10, sites: { x: false } }, { pauseSeconds: 5, companyName: 'Mine', sites: { linkedin: false } });
    expect(merged.pauseSeconds).toBe(10);
    expect(merged.companyName).toBe('Mine');
    expect(merged.sites).toEqual({ x: false, linkedin: false });
    expect(merged.mode).toBe(DEFAULTS.mode);
    expect(DEFAULTS.sites).toEqual({ x: true, linkedin: true });
  });
});

describe('a large code', () => {
  it('validates a policy with 10,000 keywords', () => {
    const keywords = Array.from({ length: 10_000 }, (_, i) => `keyword${i}`);
    const { values, problems } = validateSettings({ topics: [{ id: 'big', label: 'Big', keywords }] }, 'policy');
    expect(problems).toEqual([]);
    expect(values.topics![0]!.keywords).toHaveLength(10_000);
  });
});

describe('rules in a topic', () => {
  it('accepts context, token classes and strength, and names a bad part by its JSON path', () => {
    const rules = [
      { keyword: 'tender', near: ['{money}', 'prijs'], within: 8 },
      { keyword: '{money}', strength: 'weak' },
      { keyword: 'kabinet', notNear: ['keuken'] },
    ];
    expect(validateSettings({ topics: [{ id: 'c', label: 'C', keywords: [], rules }] }, 'policy').problems).toEqual([]);
    const { problems } = validateSettings({
      topics: [{ id: 'c', label: 'C', keywords: [], rules: [{ keyword: '{amount}' }, { keyword: 'x', within: 99 }, { keyword: 'y', strength: 'maybe', nearby: ['z'] }] }],
    }, 'policy');
    expect(problems.map((p) => p.path)).toEqual(['topics[0].rules[0].keyword', 'topics[0].rules[1].within', 'topics[0].rules[2].strength', 'topics[0].rules[2].nearby']);
    expect(problems[0]!.message).toContain('{money}, {percent}, {number}, {handle}');
  });

  it('takes many keywords in one rule, and exactly one of keyword and keywords', () => {
    const ok = { id: 'c', label: 'C', keywords: [], rules: [{ keywords: ['tender', 'aanbesteding', '{money}'], near: ['prijs'] }, { keywords: [] }] };
    expect(validateSettings({ topics: [ok] }, 'policy').problems).toEqual([]);
    const { problems } = validateSettings({
      topics: [{ id: 'c', label: 'C', keywords: [], rules: [{ keyword: 'a', keywords: ['b'] }, { near: ['x'] }, { keywords: ['ok', '{amount}'] }] }],
    }, 'policy');
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['topics[0].rules[0].keyword', 'give either "keyword" or "keywords", not both; topic skipped'],
      ['topics[0].rules[1].keywords', 'give the rule a "keyword" or a list of "keywords"; topic skipped'],
      ['topics[0].rules[2].keywords[1]', expect.stringContaining('{money}, {percent}, {number}, {handle}')],
    ]);
  });
});

describe('unknown keys', () => {
  it('are named at their own path, nested too', () => {
    const { problems } = validateSettings({ sites: { x: true, facebook: true }, topics: [{ id: 'a', label: 'A', keywords: [], colour: 'red' }] }, 'policy');
    expect(problems.map((p) => p.path)).toEqual(['sites.facebook', 'topics[0].colour']);
  });
});

describe('what deployment files cannot carry', () => {
  it('rejects control characters and lone surrogates by JSON path, and keeps tabs, line breaks and emoji', () => {
    const { problems } = validateSettings({ companyName: 'Acme\u0007', question: 'Why\r\nnow?\t🎉', dos: ['ok', 'half \uD800'] }, 'policy');
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['companyName', 'contains a control character (U+0007) that deployment files cannot carry'],
      ['dos[1]', 'contains half of a character (a lone surrogate) that deployment files cannot carry'],
    ]);
  });
});
