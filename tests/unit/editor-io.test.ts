import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { DEFAULT_PROFILE_ID } from '../../src/cli/deploy/macos.ts';
import { deployFiles } from '../../src/cli/deploy/index.ts';
import { targets } from '../../src/cli/deploy/ids.ts';
import { CHROME_ID } from '../../src/core/extension-ids.ts';
import { readPolicyFile } from '../../src/core/policy/read-policy.ts';
import { validateSettings } from '../../src/core/policy/schema.ts';
import { makeBundle } from '../../src/editor/bundle.ts';
import { openPolicy, policyJson } from '../../src/editor/io.ts';
import { editorEn, editorNl } from '../../src/core/i18n/editor.ts';

const policy = {
  companyName: 'Acme',
  mode: 'flagged',
  pauseSeconds: 5,
  topics: [{ id: 'clients', label: 'Clients', labelNl: 'Klanten', keywords: ['prorail'], guidance: 'Ask first.' }],
};

describe('opening a policy file', () => {
  it('opens the settings themselves and the files policy export writes, as policy validate reads them', () => {
    const chrome = JSON.stringify({ '3rdparty': { extensions: { [CHROME_ID]: policy } } });
    const firefox = JSON.stringify({ policies: { '3rdparty': { Extensions: { 'postpause@postpause.app': { ...policy, topics: JSON.stringify(policy.topics), pauseSeconds: '5' } } } } });
    const admin = JSON.stringify(Object.fromEntries(Object.entries(policy).map(([key, value]) => [key, { Value: value }])));
    for (const text of [JSON.stringify(policy), `\uFEFF${JSON.stringify(policy)}`, chrome, firefox, admin]) {
      const opened = openPolicy(text);
      expect(opened).toEqual({ ok: true, draft: policy, problems: [] });
    }
  });

  it('keeps invalid values where they are, with exactly the problems readPolicyFile reports', () => {
    const text = JSON.stringify({ ...policy, mode: 'sometimes', topics: [...policy.topics, { id: 'bad id', label: 'B', keywords: [] }], colour: 'red' });
    const opened = openPolicy(text);
    if (!opened.ok) throw new Error('not opened');
    expect(opened.draft.mode).toBe('sometimes');
    expect((opened.draft.topics as unknown[]).length).toBe(2);
    const read = readPolicyFile(text);
    expect('problems' in read && read.problems).toEqual(opened.problems);
    expect(validateSettings(opened.draft, 'policy').problems).toEqual(opened.problems);
  });

  it('says why a file is no policy', () => {
    expect(openPolicy('not json')).toMatchObject({ ok: false });
    expect(openPolicy(JSON.stringify({ '3rdparty': { extensions: {} } }))).toMatchObject({ ok: false, reason: expect.stringContaining('no entry for PostPause') });
  });

  it('saves the draft as the JSON it opens again', () => {
    expect(openPolicy(policyJson(policy))).toEqual({ ok: true, draft: policy, problems: [] });
  });
});

describe('the files for IT', () => {
  it('are deployFiles\' files, byte for byte, in one zip', () => {
    const bundle = makeBundle(policy as never);
    if (!bundle.ok) throw new Error(bundle.reason);
    const expected = deployFiles(policy as never, targets(), { profileId: DEFAULT_PROFILE_ID }).files;
    const unzipped = unzipSync(bundle.zip);
    expect(Object.keys(unzipped).sort()).toEqual(Object.keys(expected).sort());
    // As `policy export` writes them: text as UTF-8 (a byte-order mark included), bytes as they are.
    for (const [path, content] of Object.entries(expected)) expect(Buffer.from(unzipped[path]!).equals(Buffer.from(content)), path).toBe(true);
    expect(strFromU8(unzipped['README.md']!)).toContain('PostPause');
  });

  it('take the install source as policy export does (the store ids, a self-hosted update URL)', () => {
    const chromeId = 'abcdefghijklmnopabcdefghijklmnop';
    const bundle = makeBundle(policy as never, { chromeId, updateUrl: undefined });
    if (!bundle.ok) throw new Error(bundle.reason);
    const expected = deployFiles(policy as never, targets({ chromeId }), { profileId: DEFAULT_PROFILE_ID }).files;
    for (const [path, content] of Object.entries(expected)) expect(Buffer.from(bundle.files[path]!).equals(Buffer.from(content)), path).toBe(true);
    expect(strFromU8(bundle.files['force-install/extension-settings.json']!)).toContain(chromeId);
  });

});

describe('the editor strings', () => {
  it('have every English key in Dutch, the same placeholders and no empty text', () => {
    expect(Object.keys(editorNl).sort()).toEqual(Object.keys(editorEn).sort());
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(editorEn) as (keyof typeof editorEn)[]) {
      expect(names(editorNl[key]), key).toEqual(names(editorEn[key]));
      expect(editorNl[key].trim(), key).not.toBe('');
    }
  });

  it('are Dutch where they should be (not left in English)', () => {
    const same = (Object.keys(editorEn) as (keyof typeof editorEn)[]).filter((key) => editorEn[key] === editorNl[key]);
    // Only names, shortcuts and format names may read the same in both.
    expect(same.sort()).toEqual(['formatJson', 'formatJsonl', 'notApplicable', 'redoHint', 'siteLinkedin', 'siteX', 'sites', 'surfaceReposts', 'undoHint'].sort());
  });
});

