// The macOS configuration profile for Jamf and other MDMs: read with the plist package, checked by xmllint.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parsePlist } from 'plist';
import { describe, expect, it } from 'vitest';
import { run } from './support/cli.ts';
import { CHROME_ID } from '../../src/core/extension-ids.ts';

const tmp = mkdtempSync(join(tmpdir(), 'postpause-macos-'));


let count = 0;
function profileOf(policy: unknown, ...options: string[]) {
  const dir = join(tmp, String(++count));
  const policyFile = `${dir}.json`;
  writeFileSync(policyFile, JSON.stringify(policy));
  const result = run(['policy', 'export', policyFile, '--out', dir, ...options]);
  expect(result.code).toBe(0);
  const path = join(dir, 'macos/postpause.mobileconfig');
  const text = readFileSync(path, 'utf8');
  return { path, text, readme: readFileSync(join(dir, 'README.md'), 'utf8'), profile: parsePlist(text) as Record<string, unknown> & { PayloadContent: Record<string, unknown>[] } };
}

/** xmllint from Debian's libxml2-utils; its absence fails the test instead of skipping it. */
function xmllint(...args: string[]) {
  try {
    execFileSync('xmllint', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: Buffer };
    if (e.code === 'ENOENT') throw new Error('xmllint is missing: install Debian\'s libxml2-utils (apt-get install libxml2-utils; .ci/run does)', { cause: error });
    throw new Error(`xmllint ${args.join(' ')} failed:\n${e.stderr}`, { cause: error });
  }
}

const policy = { companyName: 'Acme & Zoë', pauseSeconds: 5, enabled: true };
const storeId = 'ponmlkjihgfedcbaponmlkjihgfedcba';
const uuids = (profile: { PayloadUUID?: unknown; PayloadContent: Record<string, unknown>[] }) => [profile, ...profile.PayloadContent].map((p) => p.PayloadUUID as string);

describe('macOS profile', () => {
  const base = profileOf(policy, '--chrome-id', storeId);

  it('is a well-formed property list (xmllint) of a system configuration profile users cannot remove', () => {
    xmllint('--noout', '--nonet', base.path);
    expect(base.profile).toMatchObject({
      PayloadType: 'Configuration',
      PayloadVersion: 1,
      PayloadIdentifier: 'app.postpause.policy',
      PayloadScope: 'System',
      PayloadRemovalDisallowed: true,
      PayloadOrganization: 'Acme & Zoë',
    });
    for (const p of base.profile.PayloadContent) expect(p.PayloadIdentifier as string).toMatch(/^app\.postpause\.policy\./);
  });

  it('gives each variant (--profile-id) its own identifiers and UUIDs, the same on every export', () => {
    const sales = profileOf(policy, '--chrome-id', storeId, '--profile-id', 'com.example.postpause.sales');
    expect(sales.profile.PayloadIdentifier).toBe('com.example.postpause.sales');
    for (const p of sales.profile.PayloadContent) expect(p.PayloadIdentifier as string).toMatch(/^com\.example\.postpause\.sales\./);
    for (const uuid of uuids(sales.profile)) expect(uuid).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    const all = [...uuids(base.profile), ...uuids(sales.profile)];
    expect(new Set(all).size).toBe(all.length);
    expect(profileOf(policy, '--chrome-id', storeId, '--profile-id', 'com.example.postpause.sales').text).toBe(sales.text);
    expect(uuids(profileOf({ ...policy, pauseSeconds: 6 }, '--chrome-id', storeId).profile)[0]).not.toBe(uuids(base.profile)[0]);
  });

  it('takes PayloadOrganization from --organization, else the companyName, else leaves it out', () => {
    expect(profileOf(policy, '--organization', 'Acme Sales "NL"').profile.PayloadOrganization).toBe('Acme Sales "NL"');
    expect(profileOf({ enabled: true }).profile).not.toHaveProperty('PayloadOrganization');
  });

  it('refuses a profile id that is not reverse-DNS and an organization it cannot carry', () => {
    const file = join(tmp, 'valid.json');
    writeFileSync(file, '{"enabled":true}');
    for (const bad of [['--profile-id', 'postpause'], ['--profile-id', 'com.example.post pause'], ['--organization', ''], ['--organization', 'a\u0007b']]) {
      expect(run(['policy', 'export', file, '--out', join(tmp, 'never'), ...bad]).code, bad.join(' ')).toBe(2);
    }
  });

  it('installs in Chrome and Edge only with a source, with the id and update URL that go together', () => {
    const types = (p: typeof base.profile) => p.PayloadContent.map((c) => c.PayloadType);
    expect(types(profileOf(policy).profile)).toEqual([`com.google.Chrome.extensions.${CHROME_ID}`, `com.microsoft.Edge.extensions.${CHROME_ID}`, 'org.mozilla.firefox']);
    const hosted = profileOf(policy, '--update-url', 'https://intranet.example/pp/updates.xml').profile.PayloadContent.find((c) => c.PayloadType === 'com.google.Chrome')!;
    expect(hosted.ExtensionSettings).toEqual({ [CHROME_ID]: { installation_mode: 'force_installed', update_url: 'https://intranet.example/pp/updates.xml', toolbar_pin: 'force_pinned' } });
    expect(types(base.profile)).toContain('com.microsoft.Edge');
  });

  it('says in the README how to upload it to Jamf, per department, and to another MDM', () => {
    for (const text of ['Jamf Pro', 'Computers › Configuration Profiles › Upload', 'Scope', '--profile-id', 'com.example.postpause.sales', 'Device Management', 'app.postpause.policy']) {
      expect(base.readme, text).toContain(text);
    }
  });
});
