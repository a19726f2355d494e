// The one policy reader: what the service worker, the CLI and the options test bench all read a policy with.
import { describe, expect, it } from 'vitest';
import { CHROME_ID, GECKO_ID } from '../../src/core/extension-ids.ts';
import { isUnreadable, readPolicyFile, readPolicyValue } from '../../src/core/policy/read-policy.ts';

const settings = { companyName: 'Acme', allowUserDisable: false, dos: ['Be kind'] };

describe('reading a policy', () => {
  it('brings registry-style values to their types before validating', () => {
    expect(readPolicyValue({ allowUserDisable: 0, dos: '["a"]', pauseSeconds: '5' })).toEqual({
      values: { allowUserDisable: false, dos: ['a'], pauseSeconds: 5 },
      problems: [],
    });
    expect(readPolicyValue('not an object').problems).toEqual([{ source: 'policy', path: '$', message: 'expected an object of settings' }]);
  });

  it.each([
    ['the settings themselves', settings],
    ['a Chrome or Edge policy file', { '3rdparty': { extensions: { [CHROME_ID]: settings } } }],
    ['Firefox policies.json', { policies: { '3rdparty': { Extensions: { [GECKO_ID]: settings } } } }],
    ['Firefox policies.json with JSON-text values', { policies: { '3rdparty': { Extensions: { [GECKO_ID]: { ...settings, allowUserDisable: 0, dos: '["Be kind"]' } } } } }],
    ['the Google Admin console JSON', Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, { Value: v }]))],
  ])('reads %s', (_, json) => {
    expect(readPolicyFile(JSON.stringify(json))).toEqual({ values: settings, problems: [] });
  });

  it('ignores a UTF-8 byte-order mark (Windows PowerShell 5.1 writes one)', () => {
    expect(readPolicyFile(`\uFEFF${JSON.stringify(settings)}`)).toEqual({ values: settings, problems: [] });
  });

  it('says what is wrong with a file it cannot read as a policy', () => {
    const broken = readPolicyFile('{ nope');
    expect(isUnreadable(broken) && broken.unreadable).toMatch(/^not valid JSON/);
    const other = readPolicyFile(JSON.stringify({ '3rdparty': { extensions: { aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: {}, bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb: {} } } }));
    expect(isUnreadable(other) && other.unreadable).toContain('no entry for PostPause');
  });

  it('names each problem by its JSON path', () => {
    const read = readPolicyFile(JSON.stringify({ pauseSeconds: 'long', topics: [{ id: 'a', label: 'A', keywords: ['ok', 5] }] }));
    expect(isUnreadable(read) ? [] : read.problems.map((p) => p.path)).toEqual(['pauseSeconds', 'topics[0].keywords[1]']);
  });
});
