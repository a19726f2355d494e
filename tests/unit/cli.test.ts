import { describe, expect, it } from 'vitest';
import { run, scratch } from './support/cli.ts';


const { file } = scratch('postpause-cli-');

describe('postpause check', () => {
  it('prints the findings with UTF-16 offsets, against the starter code by default', () => {
    const text = '🎉 Na de verkiezingen: #ZwartePiet';
    const { code, out } = run(['check', '--text', text]);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.pause).toBe(true);
    expect(result.findings.map((f: { topic: string; match: string }) => [f.topic, f.match])).toEqual([
      ['politics', 'verkiezingen'],
      ['culture-war', 'ZwartePiet'],
    ]);
    for (const f of result.findings) expect(text.slice(f.start, f.end)).toBe(f.match);
    expect(Object.keys(result.findings[0])).toEqual(['topic', 'keyword', 'match', 'start', 'end']);
  });

  it('lists apart a starter keyword that the learned weights set aside, which does not pause', () => {
    const text = 'The great replacement of our coffee machine is finally done: the old one leaked for months, the new one grinds beans and even makes oat milk foam. Thanks to facilities for the quick work this week.';
    const policy = file('flagged.json', { mode: 'flagged' });
    expect(JSON.parse(run(['check', '--policy', policy, '--text', text]).out)).toEqual({
      pause: false,
      findings: [],
      setAside: [{ topic: 'conspiracy', keyword: 'great replacement', match: 'great replacement', start: 4, end: 21 }],
      audience: [],
      disclosure: null,
    });
  });

  it('reads the post from stdin with -', () => {
    expect(JSON.parse(run(['check', '-'], 'Trots op ons team!').out)).toEqual({ pause: true, findings: [], setAside: [], audience: [], disclosure: null });
  });

  it('applies a policy: its own topics, without the starter code, and mode "flagged"', () => {
    const policy = file('policy.json', {
      mode: 'flagged',
      starterTopics: false,
      topics: [{ id: 'clients', label: 'Clients', keywords: ['acme*'], exceptions: ['acme award'] }],
    });
    expect(JSON.parse(run(['check', '--policy', policy, '--text', 'Wilders at Acme']).out)).toMatchObject({
      pause: true,
      findings: [{ topic: 'clients', keyword: 'acme*', match: 'Acme' }],
    });
    expect(JSON.parse(run(['check', '--policy', policy, '--text', 'We won the Acme award']).out)).toEqual({ pause: false, findings: [], setAside: [], audience: [], disclosure: null });
  });

  it('exits 2 naming the JSON path when the policy is invalid', () => {
    const policy = file('bad.json', { pauseSeconds: 'long', topics: [{ id: 'x', label: 'X', keywords: ['ok', 5] }] });
    const { code, err } = run(['check', '--policy', policy, '--text', 'hi']);
    expect(code).toBe(2);
    expect(err).toContain('pauseSeconds: ');
    expect(err).toContain('topics[0].keywords[1]: ');
  });

  it('exits 2 on a file that is not JSON, and on missing arguments', () => {
    expect(run(['check', '--policy', file('broken.json', '{ nope'), '--text', 'x']).err).toMatch(/not valid JSON/);
    expect(run(['check']).code).toBe(2);
    expect(run(['check', '--text']).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
  });
});

describe('postpause check: audiences, disclosure, seasons', () => {
  const policy = file('audience.json', {
    starterTopics: false,
    topics: [{ id: 'piet', label: 'Piet', keywords: ['zwarte piet'], when: [{ from: '11-15', until: '12-06' }] }],
    audiences: [{ id: 'clients', label: 'Clients', guidance: 'Be kind.', handles: ['@gemeente_zuid'] }],
    disclosure: { brands: ['NoordBouw'], phrases: ['#werkenbij'], suggestion: '#werkenbij' },
  });
  it('says who a reply goes to with --to (repeatable), and notes a brand without disclosure', () => {
    const result = JSON.parse(run(['check', '--policy', policy, '--to', '@Gemeente_Zuid', '--to', 'someone', '--text', 'Mooi werk van NoordBouw']).out);
    expect(result.audience).toEqual([{ id: 'clients', match: '@Gemeente_Zuid' }]);
    expect(result.disclosure).toEqual({ brand: 'NoordBouw', missing: true });
  });

  it('checks a seasonal topic on the --date given', () => {
    const on = (date: string) => JSON.parse(run(['check', '--policy', policy, '--date', date, '--text', 'Zwarte Piet']).out).findings.length;
    expect([on('2026-12-01'), on('2026-12-07')]).toEqual([1, 0]);
    expect(run(['check', '--date', '2026-02-30', '--text', 'x']).code).toBe(2);
  });
});

describe('postpause check on a file of posts, and postpause eval', () => {
  const { file: write } = scratch('postpause-batch-');
  it('prints one JSON line per post, in order, each equal to what a single check prints', () => {
    const posts = write('posts.jsonl', '{"id":"p1","text":"Na de verkiezingen"}\n{"id":"p2","text":"Mooie brug vandaag"}\n');
    const lines = run(['check', '--jsonl', posts]).out.split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.id)).toEqual(['p1', 'p2']);
    for (const [i, text] of ['Na de verkiezingen', 'Mooie brug vandaag'].entries()) {
      const { id: _id, ...rest } = lines[i];
      expect(rest).toEqual(JSON.parse(run(['check', '--text', text]).out));
    }
    expect(run(['check', '--jsonl', '-'], '{"text":"x"}\n').out).toContain('"pause":true');
  });

  it("reads LinkedIn's Shares.csv and X's tweets.js", () => {
    const shares = write('Shares.csv', 'ShareLink,ShareCommentary\nhttps://lnkd.in/1,"Over de verkiezingen, echt"\n');
    expect(JSON.parse(run(['check', '--posts', shares]).out).findings[0].match).toBe('verkiezingen');
    const tweets = write('tweets.js', 'window.YTD.tweets.part0 = [{"tweet":{"id_str":"9","full_text":"Na de verkiezingen"}}]');
    expect(JSON.parse(run(['check', '--posts', tweets]).out)).toMatchObject({ id: '9', pause: true });
  });

  it('measures a code on labelled posts, per topic', () => {
    const labelled = write('labelled.jsonl', '{"text":"Na de verkiezingen","sensitive":["politics"]}\n{"text":"Mooie brug","sensitive":[]}\n');
    const out = run(['eval', '--labelled', labelled, '--json']);
    expect(JSON.parse(out.out)).toMatchObject({ posts: 2, sensitive: 1, harmless: 1, recall: 1, falsePositiveRate: 0 });
    expect(run(['eval', '--labelled', write('plain.jsonl', '{"text":"x"}\n')]).code).toBe(2);
  });
});
