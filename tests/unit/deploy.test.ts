// `postpause policy export` and `policy validate`: where each browser installs PostPause from, the README,
// every exported JSON file through `policy validate`, and Firefox's policies.json against Mozilla's schema.
import { Ajv } from 'ajv';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parsePlist } from 'plist';
import { describe, expect, it } from 'vitest';
import { run, scratch } from './support/cli.ts';
import { CHROME_ID, GECKO_ID } from '../../src/core/extension-ids.ts';
import { CHROME_WEB_STORE_UPDATE_URL, EDGE_ADDONS_UPDATE_URL, FIREFOX_INSTALL_URL } from '../../src/cli/deploy/ids.ts';


const { dir: tmp, file } = scratch('postpause-deploy-');

const policy = {
  enabled: true,
  companyName: 'Acme',
  mode: 'flagged',
  pauseSeconds: 12,
  topics: [{ id: 'clients', label: 'Clients', keywords: ['acme*'] }],
  dos: ['Say you work here'],
  sites: { x: false, linkedin: true },
  allowUserDisable: false,
};
const policyFile = file('policy.json', policy);

function exportTo(...options: string[]) {
  const out = mkdtempSync(join(tmp, 'out-'));
  const result = run(['policy', 'export', policyFile, '--out', out, ...options]);
  expect(result.code).toBe(0);
  const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [relative(out, join(dir, e.name))]));
  return { ...result, out, files: files(out).sort(), text: (path: string) => readFileSync(join(out, path), 'utf8') };
}

const storeId = 'ponmlkjihgfedcbaponmlkjihgfedcba';
const edgeId = 'abcdefghijklmnopabcdefghijklmnop';
const hostedUrl = 'https://intranet.example/postpause/updates.xml';

/** Every ExtensionSettings entry a Chromium browser gets from an export, by file. */
function chromiumInstalls(exported: ReturnType<typeof exportTo>): [string, string, Record<string, string>][] {
  const found: [string, string, Record<string, string>][] = [];
  const add = (where: string, settings: Record<string, Record<string, string>>) => {
    for (const [id, entry] of Object.entries(settings)) if (id !== GECKO_ID) found.push([where, id, entry]);
  };
  for (const path of exported.files) {
    if (path.endsWith('postpause-install.json')) add(path, JSON.parse(exported.text(path)).ExtensionSettings);
    if (path === 'force-install/extension-settings.json') for (const browser of Object.values(JSON.parse(exported.text(path)))) add(path, (browser as { ExtensionSettings: Record<string, Record<string, string>> }).ExtensionSettings);
    if (path.endsWith('.reg') || path.endsWith('.ps1') || path.endsWith('Registry.xml')) {
      const text = path.endsWith('.reg') ? readFileSync(join(exported.out, path)).toString('utf16le') : exported.text(path);
      // Each writes the entry as JSON text, escaped its own way; the ids and URLs have nothing to escape.
      for (const [, id, url] of text.matchAll(/([a-p]{32})[\\"'&quot;:{ ]+installation_mode[\\"'&quot;:]+force_installed[\\"'&quot;,]+update_url[\\"'&quot;:]+(https?:[^\\"'&]+)/g)) found.push([path, id!, { update_url: url! }]);
    }
    if (path.endsWith('.mobileconfig')) {
      for (const payload of (parsePlist(exported.text(path)) as { PayloadContent: Record<string, unknown>[] }).PayloadContent) {
        if (payload.PayloadType === 'com.google.Chrome' || payload.PayloadType === 'com.microsoft.Edge') add(path, payload.ExtensionSettings as Record<string, Record<string, string>>);
      }
    }
  }
  return found;
}

/** An id goes with the update URL that can serve it: a store's id with that store, the fixed id with self-hosting. */
function expectPossiblePairs(exported: ReturnType<typeof exportTo>) {
  for (const [where, id, { update_url: url }] of chromiumInstalls(exported)) {
    if (url === CHROME_WEB_STORE_UPDATE_URL) expect(id, where).toBe(storeId);
    else if (url === EDGE_ADDONS_UPDATE_URL) expect(id, where).toBe(edgeId);
    else expect([id, url], where).toEqual([CHROME_ID, hostedUrl]);
  }
}

describe('policy export: where Chrome and Edge install PostPause from', () => {
  it('without a source, writes the settings without force-install entries, and says so on stderr and in the README', () => {
    const plain = exportTo();
    expect(plain.err).toBe("no --chrome-id, --update-url or --edge-id: the files set PostPause's settings but do not force-install it in Google Chrome or Microsoft Edge (see README.md)");
    expect(chromiumInstalls(plain)).toEqual([]);
    expect(plain.files.filter((f) => f.endsWith('postpause-install.json'))).toEqual([]);
    expect(JSON.parse(plain.text('force-install/extension-settings.json'))).toEqual({
      firefox: { ExtensionSettings: { [GECKO_ID]: { installation_mode: 'force_installed', install_url: FIREFOX_INSTALL_URL } } },
    });
    expect(JSON.parse(plain.text('linux/chrome/postpause.json'))['3rdparty'].extensions[CHROME_ID]).toEqual(policy);
    expect(plain.text('windows/Set-PostPausePolicy.ps1')).not.toContain('Add-ExtensionSetting');
    const readme = plain.text('README.md');
    expect(readme).toContain('**not force-installed** (no source given)');
    expect(readme).toContain('**Chrome and Edge do not get PostPause installed by these files**');
  });

  it('--chrome-id: the Chrome Web Store, for Chrome and for Edge', () => {
    const store = exportTo('--chrome-id', storeId);
    expect(store.err).toBe('');
    const installs = chromiumInstalls(store);
    expect(new Set(installs.map(([where]) => where)).size, JSON.stringify(installs)).toBe(10);
    expect(installs).toHaveLength(13);
    for (const [where, id, entry] of installs) expect([where, id, entry.update_url]).toEqual([where, storeId, CHROME_WEB_STORE_UPDATE_URL]);
    expect(JSON.parse(store.text('linux/edge/postpause.json'))['3rdparty'].extensions[storeId]).toEqual(policy);
    expectPossiblePairs(store);
  });

  it('--update-url: the self-hosted CRX with the fixed id, for Chrome and for Edge', () => {
    const hosted = exportTo('--update-url', hostedUrl);
    for (const [where, id, entry] of chromiumInstalls(hosted)) expect([where, id, entry.update_url]).toEqual([where, CHROME_ID, hostedUrl]);
    expect(hosted.text('README.md')).toContain(`Chrome installs the self-hosted CRX with PostPause's fixed id \`${CHROME_ID}\``);
    expectPossiblePairs(hosted);
  });

  it('--edge-id: Edge Add-ons for Edge; Chrome keeps its own source, or has none (said on stderr)', () => {
    const both = exportTo('--chrome-id', storeId, '--edge-id', edgeId);
    expect(JSON.parse(both.text('linux/edge/postpause-install.json'))).toEqual({ ExtensionSettings: { [edgeId]: { installation_mode: 'force_installed', update_url: EDGE_ADDONS_UPDATE_URL, toolbar_state: 'force_shown' } } });
    expect(JSON.parse(both.text('linux/edge/postpause.json'))['3rdparty'].extensions[edgeId]).toEqual(policy);
    expectPossiblePairs(both);
    const edgeOnly = exportTo('--edge-id', edgeId);
    expect(edgeOnly.err).toBe("no --chrome-id or --update-url: the files set PostPause's settings but do not force-install it in Google Chrome (see README.md)");
    expect(edgeOnly.files).not.toContain('linux/chrome/postpause-install.json');
    expect(edgeOnly.files).toContain('linux/edge/postpause-install.json');
    expectPossiblePairs(edgeOnly);
    expectPossiblePairs(exportTo('--update-url', hostedUrl, '--edge-id', edgeId));
  });

  it('refuses what would pair an id with an update URL that cannot serve it, and bad arguments', () => {
    const out = join(tmp, 'never');
    const refused = (...options: string[]) => run(['policy', 'export', policyFile, '--out', out, ...options]);
    expect(refused('--chrome-id', storeId, '--update-url', hostedUrl)).toMatchObject({ code: 2, err: '--chrome-id and --update-url are two sources for Chrome: give one' });
    expect(refused('--chrome-id', CHROME_ID)).toMatchObject({ code: 2, err: expect.stringContaining("is PostPause's self-hosted id, which no store listing has") });
    expect(refused('--edge-id', CHROME_ID).code).toBe(2);
    expect(refused('--edge-id', 'not-an-id').code).toBe(2);
    expect(refused('--update-url', 'ftp://x').code).toBe(2);
    expect(refused('--chrome-update-url', hostedUrl).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses to export an invalid policy, and exits 2 on missing arguments', () => {
    const out = join(tmp, 'never');
    const invalid = run(['policy', 'export', file('invalid.json', { pauseSeconds: 'long' }), '--out', out]);
    expect(invalid.code).toBe(1);
    expect(invalid.err).toMatch(/^pauseSeconds: /);
    expect(existsSync(out)).toBe(false);
    expect(run(['policy', 'export', policyFile]).code).toBe(2);
    expect(run(['policy', 'export', '--out', out]).code).toBe(2);
    expect(run(['policy', 'frobnicate']).code).toBe(2);
  });
});

describe('policy export: the README for IT', () => {
  const readme = exportTo('--chrome-id', storeId).text('README.md');

  it('says what to do on Windows: Group Policy (templates or Registry.xml), Intune (OMA-URI or the 64-bit script)', () => {
    for (const text of [
      'A .reg file cannot be deployed by Group Policy itself',
      'Computer Configuration › Preferences › Windows Settings › Registry',
      'windows/gpo/chrome/Registry.xml',
      'C:\\Windows\\PolicyDefinitions',
      '\\\\<domain>\\SYSVOL\\<domain>\\Policies\\PolicyDefinitions',
      'postpause-chrome.admx',
      '`en-US` and `nl-NL`',
      'Devices › Configuration › Create › Windows 10 and later › Templates › Custom',
      'windows/intune/postpause-chrome-oma-uri.json',
      './Device/Vendor/MSFT/Policy/ConfigOperations/ADMXInstall/',
      './Device/Vendor/MSFT/Policy/Config/<AppName>~Policy~<category>/<policy>',
      'Run script in 64 bit PowerShell Host": **Yes**',
      '200 KB',
      'gpupdate /force',
    ]) {
      expect(readme, text).toContain(text);
    }
  });

  it('says what to do on macOS and Linux, and how to check', () => {
    for (const text of ['Jamf Pro', 'macos/postpause.mobileconfig', '/etc/opt/chrome/policies/managed/', '/etc/chromium/policies/managed/', '/etc/opt/edge/policies/managed/', '/etc/firefox/policies/', 'chrome://policy', 'edge://policy', 'about:policies', 'Reload policies', '15 minutes', '5 seconds', 'restart', 'recommended', 'last file']) {
      expect(readme, text).toContain(text);
    }
  });

  it('names exactly the files policy validate reads', () => {
    expect(readme).toContain('`linux/*/postpause.json`, `linux/*/postpause-install.json`, `firefox/policies.json`, `google-admin/policy.json` and `force-install/extension-settings.json`');
    expect(readme).toContain('It does not read the Intune profiles');
  });
});

// ---- validate ------------------------------------------------------------------------------------------

describe('policy validate', () => {
  it('reads every JSON file export writes', () => {
    for (const options of [[], ['--chrome-id', storeId, '--edge-id', edgeId], ['--update-url', hostedUrl]]) {
      const exported = exportTo(...options);
      const jsonFiles = exported.files.filter((f) => f.endsWith('.json'));
      expect(jsonFiles.length).toBeGreaterThanOrEqual(options.length ? 10 : 7);
      for (const path of jsonFiles) {
        const result = run(['policy', 'validate', join(exported.out, path)]);
        if (path.startsWith('windows/intune/')) expect(result, path).toMatchObject({ code: 1, err: expect.stringContaining('an Intune OMA-URI profile holds the settings as ADMX payloads') });
        else if (path.endsWith('install.json') || path.startsWith('force-install/')) expect(result, path).toEqual({ code: 0, out: 'valid: 0 settings (force-install only)', err: '' });
        else expect(result, path).toEqual({ code: 0, out: 'valid: 8 settings', err: '' });
      }
    }
  });

  it("reads Firefox's policies.json with PostPause's entry as JSON text, and one without settings", () => {
    const asText = file('ff-text.json', { policies: { '3rdparty': { Extensions: { [GECKO_ID]: JSON.stringify(policy) } } } });
    expect(run(['policy', 'validate', asText])).toEqual({ code: 0, out: 'valid: 8 settings', err: '' });
    const badText = file('ff-bad-text.json', { policies: { '3rdparty': { Extensions: { [GECKO_ID]: '{"mode": "sometimes"}' } } } });
    expect(run(['policy', 'validate', badText])).toMatchObject({ code: 1, err: expect.stringMatching(/^mode: /) });
    const notJson = file('ff-not-json.json', { policies: { '3rdparty': { Extensions: { [GECKO_ID]: '{nope' } } } });
    expect(run(['policy', 'validate', notJson])).toMatchObject({ code: 1, err: expect.stringContaining(`policies.3rdparty.Extensions["${GECKO_ID}"] is text but not valid JSON`) });
    const installOnly = file('ff-install.json', { policies: { ExtensionSettings: { [GECKO_ID]: { installation_mode: 'force_installed' } } } });
    expect(run(['policy', 'validate', installOnly]).out).toBe('valid: 0 settings (force-install only)');
  });

  it('finds PostPause in a Chrome policy file that also configures other extensions, by its id or its settings', () => {
    const other = { aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: { enabled: 'yes', colour: 'red' } };
    const byId = file('chrome-many.json', { ExtensionSettings: {}, '3rdparty': { extensions: { ...other, [CHROME_ID]: policy } } });
    expect(run(['policy', 'validate', byId]).out).toBe('valid: 8 settings');
    const byStoreId = file('chrome-store-many.json', { '3rdparty': { extensions: { ...other, [storeId]: { ...policy, mode: 'sometimes' } } } });
    expect(run(['policy', 'validate', byStoreId])).toMatchObject({ code: 1, err: expect.stringMatching(/^mode: /) });
    const ambiguous = file('chrome-ambiguous.json', { '3rdparty': { extensions: { aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: { enabled: true }, bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb: { enabled: false } } } });
    expect(run(['policy', 'validate', ambiguous])).toMatchObject({ code: 1, err: expect.stringContaining('3rdparty.extensions has no entry for PostPause') });
  });

  it('exits 0 and counts the settings of a valid policy', () => {
    expect(run(['policy', 'validate', policyFile])).toEqual({ code: 0, out: 'valid: 8 settings', err: '' });
    expect(run(['policy', 'validate', file('one.json', { enabled: false })]).out).toBe('valid: 1 setting');
    expect(run(['policy', 'validate', file('none.json', {})]).out).toBe('valid: 0 settings');
  });

  it('exits 1 with one JSON-path line per problem', () => {
    const bad = file('bad.json', {
      pauseSeconds: 'long',
      enabled: 'yes',
      topics: [{ id: 'ok', label: 'Fine', keywords: ['a'] }, { id: 'bad id!', label: 'Bad', keywords: ['b', 7] }],
      colour: 'red',
    });
    const { code, out, err } = run(['policy', 'validate', bad]);
    expect(code).toBe(1);
    expect(out).toBe('');
    const lines = err.split('\n');
    expect(lines.map((l) => l.slice(0, l.indexOf(': ')))).toEqual(['pauseSeconds', 'enabled', 'topics[1].id', 'topics[1].keywords[1]', 'colour']);
    expect(lines[4]).toBe('colour: unknown setting, ignored');
  });

  it('exits 1 naming the file when it cannot be read or is not JSON', () => {
    const broken = file('broken.json', '{ nope');
    expect(run(['policy', 'validate', broken])).toMatchObject({ code: 1, err: expect.stringMatching(new RegExp(`^${broken.replace(/[\\.]/g, '\\$&')}: not valid JSON`)) });
    expect(run(['policy', 'validate', join(tmp, 'missing.json')])).toMatchObject({ code: 1, err: `${join(tmp, 'missing.json')}: cannot be read` });
    expect(run(['policy', 'validate']).code).toBe(2);
  });
});

// ---- Firefox's schema ----------------------------------------------------------------------------------

/** Firefox's own type "JSON": an object, or text holding one (its JsonSchemaValidator parses the text). */
const FIREFOX_JSON = { anyOf: [{ type: 'object' }, { type: 'string', contentMediaType: 'application/json' }] };

/**
 * The two policies we write, from Mozilla's policies-schema.json (mozilla/enterprise-firefox,
 * browser/components/enterprisepolicies/schemas/policies-schema.json at 05c409a), in standard JSON Schema.
 * Stricter in one way: an ExtensionSettings entry may hold only the keys Mozilla lists, so no Chrome-only key
 * (toolbar_pin, update_url) slips into Firefox's.
 */
const firefoxPolicies = {
  type: 'object',
  additionalProperties: false,
  properties: {
    '3rdparty': { type: 'object', properties: { Extensions: { type: 'object', patternProperties: { '^.*$': FIREFOX_JSON } } } },
    ExtensionSettings: {
      anyOf: [
        {
          type: 'object',
          patternProperties: {
            '^.*$': {
              type: 'object',
              additionalProperties: false,
              properties: {
                installation_mode: { enum: ['allowed', 'blocked', 'force_installed', 'normal_installed'] },
                install_url: { type: 'string' },
                blocked_install_message: { type: 'string' },
                updates_disabled: { type: 'boolean' },
                default_area: { enum: ['navbar', 'menupanel'] },
                temporarily_allow_weak_signatures: { type: 'boolean' },
                private_browsing: { type: 'boolean' },
              },
            },
          },
        },
        { type: 'string' },
      ],
    },
  },
};

describe("Firefox's policies against Mozilla's schema (ajv)", () => {
  const validate = new Ajv({ allErrors: true }).compile({ type: 'object', required: ['policies'], additionalProperties: false, properties: { policies: firefoxPolicies } });
  const exported = exportTo('--chrome-id', storeId);

  it('policies.json', () => {
    const policies = JSON.parse(exported.text('firefox/policies.json'));
    expect(validate(policies), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ policies: { ExtensionSettings: { [GECKO_ID]: { installation_mode: 'force_installed', toolbar_pin: 'force_pinned' } } } })).toBe(false);
  });

  it("the macOS profile's Firefox payload", () => {
    const payload = (parsePlist(exported.text('macos/postpause.mobileconfig')) as { PayloadContent: Record<string, unknown>[] }).PayloadContent.find((p) => p.PayloadType === 'org.mozilla.firefox')!;
    const { EnterprisePoliciesEnabled, ...policies } = Object.fromEntries(Object.entries(payload).filter(([k]) => !k.startsWith('Payload')));
    expect(EnterprisePoliciesEnabled).toBe(true);
    expect(validate({ policies }), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('help', () => {
  it('names the install sources and the profile options', () => {
    const help = run(['policy', 'export', '--help']).out;
    for (const option of ['--chrome-id ID', '--update-url URL', '--edge-id ID', '--profile-id ID', '--organization NAME', CHROME_ID]) expect(help).toContain(option);
    expect(run(['policy', 'validate', '--help']).out).toContain('"valid: 0 settings (force-install only)"');
  });
});
