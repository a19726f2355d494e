// One source for the sites and their hosts: the manifest, the adapters and the policy schema all follow it.
import { describe, expect, it } from 'vitest';
import { chromeManifest, firefoxManifest } from '../../manifest.config.ts';
import { SITE_HOSTS, SITE_IDS, SITE_MATCHES, isSiteId, siteIdForHost } from '../../src/core/sites.ts';
import { settingSchemas } from '../../src/core/policy/schema.ts';
import { DEFAULTS } from '../../src/core/policy/settings.ts';
import { siteForHost, sites } from '../../src/sites/index.ts';

describe('the sites, named once', () => {
  it('gives every site an adapter with its own id, and no adapter without a site', () => {
    expect(Object.keys(sites).sort()).toEqual([...SITE_IDS].sort());
    for (const id of SITE_IDS) expect(sites[id].id).toBe(id);
  });

  it('finds the adapter by exact host name only', () => {
    for (const id of SITE_IDS) for (const host of SITE_HOSTS[id]) expect(siteForHost(host)?.id).toBe(id);
    for (const host of ['linkedin.com.evil.example', 'evilx.com', 'mobile.example', '']) expect(siteIdForHost(host)).toBeUndefined();
    expect(isSiteId('x')).toBe(true);
    expect(isSiteId('toString')).toBe(false);
  });

  it('puts the content script and the dialog module on those hosts only, in both manifests', () => {
    expect(SITE_MATCHES).toEqual(['https://x.com/*', 'https://twitter.com/*', 'https://www.linkedin.com/*']);
    for (const manifest of [chromeManifest, firefoxManifest()]) {
      expect(manifest.content_scripts.map((script) => script.matches)).toEqual([SITE_MATCHES]);
      expect(manifest.web_accessible_resources.map((war) => war.matches)).toEqual([SITE_MATCHES]);
    }
  });

  it('has a switch per site in the policy and a default for each', () => {
    expect(Object.keys(DEFAULTS.sites).sort()).toEqual([...SITE_IDS].sort());
    expect(settingSchemas.sites.safeParse(Object.fromEntries(SITE_IDS.map((s) => [s, false]))).success).toBe(true);
    expect(settingSchemas.sites.safeParse({ facebook: true }).success).toBe(false);
  });
});
