// @vitest-environment jsdom
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { CHROME_ID, GECKO_ID } from '../../src/core/extension-ids.ts';
import { SITE_IDS } from '../../src/core/sites.ts';
import { SURFACE_SWITCHES } from '../../src/core/surfaces.ts';
import { CHROME_WEB_STORE_UPDATE_URL, EDGE_ADDONS_UPDATE_URL, FIREFOX_INSTALL_URL } from '../../src/cli/deploy/ids.ts';
import { coerce, type SchemaNode } from '../../src/core/policy/coerce.ts';
import { managedSchema } from '../../src/core/policy/managed-schema.ts';
import { validateSettings } from '../../src/core/policy/schema.ts';

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), stdin: () => '' });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const tmp = mkdtempSync(join(tmpdir(), 'postpause-deploy-'));
const file = (name: string, content: unknown) => {
  const path = join(tmp, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

/** Every kind of value, and the characters each format must escape. */
const policy = {
  enabled: true,
  companyName: 'Café "De Gouden Leeuw" \\ Zoë & Co <b> 🦁',
  question: 'Is dit gepast?\nEn helpt het ‘ons’ — "echt"? 🤔',
  mode: 'flagged',
  pauseSeconds: 12,
  topics: [
    {
      id: 'clients',
      label: 'Clients',
      labelNl: 'Cliënten',
      keywords: ['acme*', 'C:\\Temp "quoted"', 'crème brûlée'],
      exceptions: ['acme award'],
      guidance: 'Ask "legal" first.\nThen post.',
      guidanceNl: 'Vraag het eerst aan juridische zaken — ëïö 👩‍⚖️',
    },
    { id: 'politics_2', label: 'Politics', keywords: ['verkiezingen'] },
  ],
  starterTopics: false,
  codeUrl: 'https://intranet.example/code?a=1&b=2',
  // Eleven items: Chrome orders numbered registry values as text.
  dos: ['Zeg dat je hier werkt', 'Use "quotes"', 'Back\\slash', 'ë', '🎉', 'f', 'g', 'h', 'i', 'j', "Don't forget the eleventh"],
  donts: ['Geen klantnamen', '<script>alert(1)</script>'],
  sites: { x: false, linkedin: true },
  surfaces: { posts: true, comments: false },
  language: 'nl',
  allowUserDisable: false,
};

const schema = managedSchema() as SchemaNode & { properties: Record<string, { title: string; description: string }> };

/** What PostPause makes of a registry-style policy: coerced and validated, with nothing dropped. */
function asPostPauseReadsIt(raw: unknown) {
  const { values, problems } = validateSettings(coerce(raw, schema), 'policy');
  expect(problems).toEqual([]);
  return values;
}

function exportTo(policyFile: string, ...options: string[]) {
  const out = mkdtempSync(join(tmp, 'out-'));
  const result = run(['policy', 'export', policyFile, '--out', out, ...options]);
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  return { out, text: (path: string) => readFileSync(join(out, path), 'utf8'), bytes: (path: string) => readFileSync(join(out, path)) };
}

const exported = exportTo(file('policy.json', policy));
const json = (path: string) => JSON.parse(exported.text(path));

// ---- .reg ----------------------------------------------------------------------------------------

type RegValues = Record<string, string | number>;
interface Reg {
  deleted: string[];
  keys: Map<string, RegValues>;
}

/** Reads a .reg file back: its sections and values, decoding dword, hex(1) and escaped strings. */
function parseReg(bytes: Buffer): Reg {
  expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
  const text = bytes.subarray(2).toString('utf16le');
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('Windows Registry Editor Version 5.00');
  const reg: Reg = { deleted: [], keys: new Map() };
  let current: RegValues | undefined;
  for (let i = 1; i < lines.length; i++) {
    let line = lines[i]!;
    while (line.endsWith('\\') && /^"[^"]*"=hex/.test(line)) line = line.slice(0, -1) + lines[++i]!.trim();
    if (line === '' || line.startsWith(';')) continue;
    const section = /^\[(-?)HKEY_LOCAL_MACHINE\\(.+)\]$/.exec(line);
    if (section) {
      if (section[1]) reg.deleted.push(section[2]!);
      else reg.keys.set(section[2]!, (current = {}));
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(.*)$/.exec(line);
    if (!value || !current) throw new Error(`not a .reg line: ${line}`);
    current[unescapeReg(value[1]!)] = regData(value[2]!);
  }
  return reg;
}

function unescapeReg(text: string): string {
  // .reg strings know two escapes only.
  expect(text.match(/\\./g)?.every((e) => e === '\\\\' || e === '\\"') ?? true).toBe(true);
  return text.replace(/\\(.)/g, '$1');
}

function regData(data: string): string | number {
  if (data.startsWith('dword:')) {
    expect(data).toMatch(/^dword:[0-9a-f]{8}$/);
    return parseInt(data.slice(6), 16);
  }
  if (data.startsWith('hex(1):')) {
    const utf16 = Buffer.from(data.slice(7).split(',').map((b) => parseInt(b, 16))).toString('utf16le');
    expect(utf16.endsWith('\0')).toBe(true);
    return utf16.slice(0, -1);
  }
  const quoted = /^"((?:[^"\\]|\\.)*)"$/.exec(data);
  if (!quoted) throw new Error(`not .reg data: ${data}`);
  return unescapeReg(quoted[1]!);
}

/** The registry below `path` as Chrome's and Firefox's readers see it: values, and subkeys as objects. */
function tree(keys: Map<string, RegValues>, path: string): Record<string, unknown> {
  const node: Record<string, unknown> = { ...keys.get(path) };
  for (const key of keys.keys()) {
    const rest = key.startsWith(`${path}\\`) ? key.slice(path.length + 1) : undefined;
    if (rest && !rest.includes('\\')) node[rest] = tree(keys, key);
  }
  return node;
}

const chromeKey = `SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROME_ID}\\policy`;
const edgeKey = (id: string) => `SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${id}\\policy`;
const firefoxKey = `SOFTWARE\\Policies\\Mozilla\\Firefox\\3rdparty\\Extensions\\${GECKO_ID}`;

const chromeInstall = { [CHROME_ID]: { installation_mode: 'force_installed', update_url: CHROME_WEB_STORE_UPDATE_URL, toolbar_pin: 'force_pinned' } };
const edgeInstall = { [CHROME_ID]: { installation_mode: 'force_installed', update_url: CHROME_WEB_STORE_UPDATE_URL, toolbar_state: 'force_shown' } };
const firefoxInstall = { [GECKO_ID]: { installation_mode: 'force_installed', install_url: FIREFOX_INSTALL_URL } };

describe('postpause policy export: Windows .reg', () => {
  const cases = [
    { name: 'chrome', key: chromeKey, policyKey: 'SOFTWARE\\Policies\\Google\\Chrome', install: chromeInstall },
    { name: 'edge', key: edgeKey(CHROME_ID), policyKey: 'SOFTWARE\\Policies\\Microsoft\\Edge', install: edgeInstall },
    { name: 'firefox', key: firefoxKey, policyKey: 'SOFTWARE\\Policies\\Mozilla\\Firefox', install: firefoxInstall },
  ];

  for (const { name, key, policyKey, install } of cases) {
    it(`${name}.reg reads back, through coerce() and validation, as the policy`, () => {
      const reg = parseReg(exported.bytes(`windows/${name}.reg`));
      expect(reg.deleted).toEqual([key]);
      expect([...reg.keys.keys()].every((k) => k === policyKey || k === key || k.startsWith(`${key}\\`))).toBe(true);
      expect(asPostPauseReadsIt(tree(reg.keys, key))).toEqual(policy);
      expect(JSON.parse(reg.keys.get(policyKey)!.ExtensionSettings as string)).toEqual(install);
    });
  }

  it('writes the registry types Chrome reads: DWORD for booleans and integers, REG_SZ JSON for topics, numbered lists', () => {
    const { keys } = parseReg(exported.bytes('windows/chrome.reg'));
    const main = keys.get(chromeKey)!;
    expect(main).toMatchObject({ enabled: 1, allowUserDisable: 0, starterTopics: 0, pauseSeconds: 12, mode: 'flagged' });
    expect(JSON.parse(main.topics as string)).toEqual(policy.topics);
    expect(keys.get(`${chromeKey}\\sites`)).toEqual({ x: 0, linkedin: 1 });
    const dos = keys.get(`${chromeKey}\\dos`)!;
    // Chrome sorts the names as text, and still gets the policy's order.
    const names = Object.keys(dos).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    expect(names.map((n) => dos[n])).toEqual(policy.dos);
    expect(names[0]).toBe('01');
    expect(Object.keys(keys.get(`${chromeKey}\\donts`)!)).toEqual(['1', '2']);
    expect(main.question).toBe(policy.question);
  });

  it('writes only the settings in the policy, and an empty list as an empty subkey', () => {
    const small = exportTo(file('small.json', { dos: [], pauseSeconds: 0 }));
    const { keys } = parseReg(small.bytes('windows/firefox.reg'));
    expect(keys.get(firefoxKey)).toEqual({ pauseSeconds: 0 });
    expect(keys.get(`${firefoxKey}\\dos`)).toEqual({});
    expect(asPostPauseReadsIt(tree(keys, firefoxKey))).toEqual({ dos: [], pauseSeconds: 0 });
    expect(JSON.parse(small.text('linux/chrome/postpause.json'))['3rdparty'].extensions[CHROME_ID]).toEqual({ dos: [], pauseSeconds: 0 });
  });
});

// ---- PowerShell ----------------------------------------------------------------------------------

/** Reads a PowerShell string expression: '…' (quotes doubled) or (-join ('…', [char]10, …)). */
function psExpression(source: string, at: number): [string, number] {
  const quotes = "'\u2018\u2019\u201a\u201b";
  if (source.startsWith('(-join (', at)) {
    let i = at + '(-join ('.length;
    let text = '';
    for (;;) {
      const char = /^\[char\](\d+)/.exec(source.slice(i));
      if (char) {
        text += String.fromCharCode(Number(char[1]));
        i += char[0].length;
      } else {
        const [part, next] = psExpression(source, i);
        text += part;
        i = next;
      }
      if (source.startsWith('))', i)) return [text, i + 2];
      expect(source.slice(i, i + 2)).toBe(', ');
      i += 2;
    }
  }
  expect(quotes).toContain(source[at]);
  let text = '';
  for (let i = at + 1; i < source.length; i++) {
    if (!quotes.includes(source[i]!)) text += source[i];
    else if (quotes.includes(source[i + 1]!)) text += source[++i];
    else return [text, i + 1];
  }
  throw new Error('unterminated string');
}

/** Runs the script's registry writes on a fake registry. */
function runScript(script: string) {
  const keys = new Map<string, RegValues>();
  const extensionSettings = new Map<string, Record<string, unknown>>();
  let key = '';
  for (const line of script.split('\r\n')) {
    if (line.startsWith('$key = ')) key = psExpression(line, 7)[0].replace(/^HKLM:\\/, '');
    else if (line === 'Reset-Key $key') {
      for (const k of [...keys.keys()]) if (k === key || k.startsWith(`${key}\\`)) keys.delete(k);
      keys.set(key, {});
    } else if (line === 'Set-Key $key') keys.set(key, keys.get(key) ?? {});
    else if (line.startsWith('New-ItemProperty -LiteralPath $key -Name ')) {
      const [name, next] = psExpression(line, 'New-ItemProperty -LiteralPath $key -Name '.length);
      const type = /^ -PropertyType (String|DWord) -Value /.exec(line.slice(next))!;
      const valueAt = next + type[0].length;
      const [value, end] = type[1] === 'DWord' ? [Number(/^\d+/.exec(line.slice(valueAt))![0]), valueAt + /^\d+/.exec(line.slice(valueAt))![0].length] : psExpression(line, valueAt);
      expect(line.slice(end)).toBe(' -Force | Out-Null');
      keys.get(key)![name] = value;
    } else if (line.startsWith('Add-ExtensionSetting ')) {
      const [path, a] = psExpression(line, 'Add-ExtensionSetting '.length);
      const [id, b] = psExpression(line, a + 1);
      const [entry] = psExpression(line, b + 1);
      extensionSettings.set(path.replace(/^HKLM:\\/, ''), { [id]: JSON.parse(entry) });
    }
  }
  return { keys, extensionSettings };
}

describe('postpause policy export: PowerShell script', () => {
  it('writes, for Chrome and Edge, what the .reg files write, in a UTF-8 file with a byte-order mark', () => {
    const bytes = exported.bytes('windows/Set-PostPausePolicy.ps1');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { keys, extensionSettings } = runScript(bytes.subarray(3).toString('utf8'));
    for (const [name, key] of [['chrome', chromeKey], ['edge', edgeKey(CHROME_ID)]] as const) {
      const reg = parseReg(exported.bytes(`windows/${name}.reg`));
      expect(tree(keys, key)).toEqual(tree(reg.keys, key));
    }
    expect([...keys.keys()].some((k) => k.includes('Mozilla'))).toBe(false);
    expect(extensionSettings.get('SOFTWARE\\Policies\\Google\\Chrome')).toEqual(chromeInstall);
    expect(extensionSettings.get('SOFTWARE\\Policies\\Microsoft\\Edge')).toEqual(edgeInstall);
  });
});

// ---- ADMX / ADML ---------------------------------------------------------------------------------

function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const all = (node: Document | Element, tag: string) => [...node.getElementsByTagName(tag)];

describe('postpause policy export: ADMX and ADML', () => {
  const admxText = exported.text('windows/PolicyDefinitions/postpause.admx');
  const admx = parseXml(admxText);
  const admls = {
    en: parseXml(exported.text('windows/PolicyDefinitions/en-US/postpause.adml')),
    nl: parseXml(exported.text('windows/PolicyDefinitions/nl-NL/postpause.adml')),
  };
  const policies = all(admx, 'policy');

  it('has the PostPause namespace and a category per browser under PostPause', () => {
    expect(all(admx, 'target')[0]!.getAttribute('namespace')).toBe('PostPause.Policies');
    const categories = all(admx, 'category');
    expect(categories.map((c) => c.getAttribute('name'))).toEqual(['PostPause', 'PostPause_chrome', 'PostPause_edge', 'PostPause_firefox']);
    for (const c of categories.slice(1)) expect(all(c, 'parentCategory')[0]!.getAttribute('ref')).toBe('PostPause');
  });

  it('defines, in each ADML, every string and presentation the ADMX uses, with matching controls', () => {
    for (const adml of Object.values(admls)) {
      const strings = new Set(all(adml, 'string').map((s) => s.getAttribute('id')));
      for (const [, id] of admxText.matchAll(/\$\(string\.([^)]+)\)/g)) expect(strings, id).toContain(id);
      const presentations = new Map(all(adml, 'presentation').map((p) => [p.getAttribute('id'), p]));
      for (const policy of policies) {
        const ref = /^\$\(presentation\.(.+)\)$/.exec(policy.getAttribute('presentation') ?? '')?.[1];
        const elementIds = [...(all(policy, 'elements')[0]?.children ?? [])].map((e) => e.getAttribute('id'));
        if (!ref) {
          expect(elementIds).toEqual([]);
          continue;
        }
        const controls = [...presentations.get(ref)!.children].map((c) => c.getAttribute('refId'));
        expect(controls).toEqual(elementIds);
      }
    }
  });

  it('takes the English texts from the schema, and has Dutch ones', () => {
    const text = (lang: 'en' | 'nl', id: string) => all(admls[lang], 'string').find((s) => s.getAttribute('id') === id)!.textContent;
    for (const [key, { title, description }] of Object.entries(schema.properties)) {
      expect(text('en', key)).toBe(title);
      expect(text('en', `${key}_Explain`)).toContain(description);
    }
    expect(text('nl', 'companyName')).toBe('Bedrijfsnaam');
    expect(text('nl', 'surfaces_comments')).toBe('Plekken: reacties');
  });

  it('has one policy per setting and browser (one per site and surface), writing that browser\'s key', () => {
    // sites and surfaces are one policy per switch.
    const perBrowser = Object.keys(schema.properties).length - 2 + SITE_IDS.length + SURFACE_SWITCHES.length;
    for (const [browser, key] of [['chrome', chromeKey], ['edge', edgeKey(CHROME_ID)], ['firefox', firefoxKey]] as const) {
      const own = policies.filter((p) => all(p, 'parentCategory')[0]!.getAttribute('ref') === `PostPause_${browser}`);
      expect(own).toHaveLength(perBrowser);
      for (const p of own) {
        expect(p.getAttribute('class')).toBe('Machine');
        expect(p.getAttribute('key')!.replace(/\\(sites|surfaces)$/, '')).toBe(key);
      }
    }
  });

  it('writes the values the .reg file writes, where it writes them', () => {
    const { keys } = parseReg(exported.bytes('windows/chrome.reg'));
    const chromePolicies = policies.filter((p) => p.getAttribute('key')!.startsWith('SOFTWARE\\Policies\\Google'));
    /** Where the ADMX writes: [key, value name], or [list key, '*'] for a list's numbered values. */
    const targets = chromePolicies.flatMap((p) => {
      const key = p.getAttribute('key')!;
      if (p.getAttribute('valueName')) return [[key, p.getAttribute('valueName')]];
      return [...all(p, 'elements')[0]!.children].map((e) => (e.tagName === 'list' ? [e.getAttribute('key'), '*'] : [key, e.getAttribute('valueName')]));
    });
    for (const [key, values] of keys) {
      if (!key.startsWith(chromeKey)) continue;
      const isList = ['dos', 'donts'].some((name) => key.endsWith(`\\${name}`));
      for (const name of isList ? ['*'] : Object.keys(values)) expect(targets, `${key} ${name}`).toContainEqual([key, name]);
    }
  });

  it('maps each kind of setting to its ADMX element', () => {
    const chrome = (name: string) => policies.find((p) => p.getAttribute('name') === `chrome_${name}`)!;
    const dword = (p: Element, tag: string) => all(all(p, tag)[0]!, 'decimal')[0]!.getAttribute('value');
    expect([dword(chrome('enabled'), 'enabledValue'), dword(chrome('enabled'), 'disabledValue')]).toEqual(['1', '0']);
    expect(all(chrome('pauseSeconds'), 'decimal')[0]!.getAttribute('maxValue')).toBe('60');
    expect(all(chrome('mode'), 'string').map((s) => s.textContent)).toEqual(['always', 'flagged']);
    expect(all(chrome('companyName'), 'text')[0]!.getAttribute('maxLength')).toBe('200');
    expect(all(chrome('topics'), 'text')[0]!.getAttribute('maxLength')).toBe('1000000');
    expect(all(chrome('dos'), 'list')[0]!.getAttribute('key')).toBe(`${chromeKey}\\dos`);
    expect(chrome('sites_linkedin').getAttribute('valueName')).toBe('linkedin');
  });
});

// ---- macOS ---------------------------------------------------------------------------------------

/** A plist element as a value. */
function plist(el: Element): unknown {
  const children = [...el.children];
  switch (el.tagName) {
    case 'dict':
      return Object.fromEntries(children.filter((_, i) => i % 2 === 0).map((k, i) => [k.textContent, plist(children[i * 2 + 1]!)]));
    case 'array':
      return children.map(plist);
    case 'string':
      return el.textContent;
    case 'integer':
      return Number(el.textContent);
    case 'true':
      return true;
    case 'false':
      return false;
    default:
      throw new Error(`unexpected <${el.tagName}>`);
  }
}

const withoutPayloadKeys = (dict: Record<string, unknown>) => Object.fromEntries(Object.entries(dict).filter(([k]) => !k.startsWith('Payload')));

describe('postpause policy export: macOS profile', () => {
  const read = (text: string) => plist(parseXml(text).documentElement.firstElementChild!) as Record<string, unknown> & { PayloadContent: Record<string, unknown>[] };
  const profile = read(exported.text('macos/postpause.mobileconfig'));
  const payload = (type: string) => profile.PayloadContent.find((p) => p.PayloadType === type)!;

  it('is a configuration profile whose Chrome and Edge payloads hold the policy with its plist types', () => {
    expect(profile).toMatchObject({ PayloadType: 'Configuration', PayloadVersion: 1, PayloadIdentifier: 'app.postpause.policy', PayloadScope: 'System' });
    expect(withoutPayloadKeys(payload(`com.google.Chrome.extensions.${CHROME_ID}`))).toEqual(policy);
    expect(withoutPayloadKeys(payload(`com.microsoft.Edge.extensions.${CHROME_ID}`))).toEqual(policy);
  });

  it('force-installs in Chrome and Edge, and configures Firefox', () => {
    expect(withoutPayloadKeys(payload('com.google.Chrome'))).toEqual({ ExtensionSettings: chromeInstall });
    expect(withoutPayloadKeys(payload('com.microsoft.Edge'))).toEqual({ ExtensionSettings: edgeInstall });
    expect(withoutPayloadKeys(payload('org.mozilla.firefox'))).toEqual({
      EnterprisePoliciesEnabled: true,
      '3rdparty': { Extensions: { [GECKO_ID]: policy } },
      ExtensionSettings: firefoxInstall,
    });
  });

  it('has unique UUIDs that follow from the content', () => {
    const uuids = [profile, ...profile.PayloadContent].map((p) => p.PayloadUUID as string);
    for (const uuid of uuids) expect(uuid).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(new Set(uuids).size).toBe(uuids.length);
    expect(exportTo(file('again.json', policy)).text('macos/postpause.mobileconfig')).toBe(exported.text('macos/postpause.mobileconfig'));
    const changed = read(exportTo(file('changed.json', { ...policy, pauseSeconds: 5 })).text('macos/postpause.mobileconfig'));
    expect(changed.PayloadUUID).not.toBe(profile.PayloadUUID);
  });
});

// ---- JSON files ----------------------------------------------------------------------------------

describe('postpause policy export: JSON files', () => {
  it('writes a Linux policy file and a force-install file per Chromium browser', () => {
    for (const [browser, install] of [['chrome', chromeInstall], ['chromium', chromeInstall], ['edge', edgeInstall]] as const) {
      expect(json(`linux/${browser}/postpause.json`)).toEqual({ '3rdparty': { extensions: { [CHROME_ID]: policy } } });
      expect(json(`linux/${browser}/postpause-install.json`)).toEqual({ ExtensionSettings: install });
    }
  });

  it('writes Firefox policies.json, the Admin console JSON and the force-install entries', () => {
    expect(json('firefox/policies.json')).toEqual({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: policy } }, ExtensionSettings: firefoxInstall } });
    expect(json('google-admin/policy.json')).toEqual(Object.fromEntries(Object.entries(policy).map(([k, v]) => [k, { Value: v }])));
    expect(json('force-install/extension-settings.json')).toEqual({ chrome: chromeInstall, edge: edgeInstall, firefox: firefoxInstall });
  });

  it('writes a README naming the ids, the places, the refresh and the pitfalls', () => {
    const readme = exported.text('README.md');
    for (const text of [CHROME_ID, GECKO_ID, '--edge-id', '/etc/opt/chrome/policies/managed/', '/etc/chromium/policies/managed/', '/etc/opt/edge/policies/managed/', chromeKey, firefoxKey, 'chrome://policy', 'edge://policy', 'about:policies', 'Reload policies', '15 minutes', '5 seconds', 'restart', 'recommended', 'Intune', 'last file']) {
      expect(readme, text).toContain(text);
    }
  });
});

describe('postpause policy export: options', () => {
  it('uses the Edge Add-ons id and update URL with --edge-id', () => {
    const edgeId = 'abcdefghijklmnopabcdefghijklmnop';
    const withEdge = exportTo(file('edge.json', policy), '--edge-id', edgeId);
    const install = { [edgeId]: { installation_mode: 'force_installed', update_url: EDGE_ADDONS_UPDATE_URL, toolbar_state: 'force_shown' } };
    const reg = parseReg(withEdge.bytes('windows/edge.reg'));
    expect(asPostPauseReadsIt(tree(reg.keys, edgeKey(edgeId)))).toEqual(policy);
    expect(JSON.parse(reg.keys.get('SOFTWARE\\Policies\\Microsoft\\Edge')!.ExtensionSettings as string)).toEqual(install);
    expect(JSON.parse(withEdge.text('linux/edge/postpause.json'))['3rdparty'].extensions[edgeId]).toEqual(policy);
    expect(JSON.parse(withEdge.text('linux/edge/postpause-install.json')).ExtensionSettings).toEqual(install);
    expect(withEdge.text('macos/postpause.mobileconfig')).toContain(`com.microsoft.Edge.extensions.${edgeId}`);
    expect(withEdge.text('windows/PolicyDefinitions/postpause.admx')).toContain(edgeKey(edgeId));
    expect(withEdge.text('README.md')).toContain(edgeId);
    // Chrome keeps its own id and store.
    expect(JSON.parse(withEdge.text('linux/chrome/postpause-install.json')).ExtensionSettings).toEqual(chromeInstall);
  });

  it('uses the Chrome Web Store id with --chrome-id, for Chrome and, by default, for Edge', () => {
    const storeId = 'ponmlkjihgfedcbaponmlkjihgfedcba';
    const withStore = exportTo(file('store.json', policy), '--chrome-id', storeId);
    expect(JSON.parse(withStore.text('linux/chrome/postpause.json'))['3rdparty'].extensions[storeId]).toEqual(policy);
    expect(JSON.parse(withStore.text('linux/chrome/postpause-install.json')).ExtensionSettings[storeId]).toMatchObject({ update_url: CHROME_WEB_STORE_UPDATE_URL });
    expect(JSON.parse(withStore.text('linux/edge/postpause.json'))['3rdparty'].extensions[storeId]).toEqual(policy);
    expect(withStore.text('README.md')).toContain(storeId);
  });

  it('uses a self-hosted update URL for Chrome, and for Edge with the Chrome id, with --chrome-update-url', () => {
    const url = 'https://intranet.example/postpause/updates.xml';
    const selfHosted = exportTo(file('hosted.json', { enabled: true }), '--chrome-update-url', url);
    expect(JSON.parse(selfHosted.text('force-install/extension-settings.json'))).toMatchObject({
      chrome: { [CHROME_ID]: { update_url: url } },
      edge: { [CHROME_ID]: { update_url: url } },
    });
  });

  it('refuses to export an invalid policy, and exits 2 on missing or bad arguments', () => {
    const out = join(tmp, 'never');
    const invalid = run(['policy', 'export', file('invalid.json', { pauseSeconds: 'long' }), '--out', out]);
    expect(invalid.code).toBe(1);
    expect(invalid.err).toMatch(/^pauseSeconds: /);
    expect(existsSync(out)).toBe(false);
    const valid = file('valid.json', { enabled: true });
    expect(run(['policy', 'export', valid]).code).toBe(2);
    expect(run(['policy', 'export', '--out', out]).code).toBe(2);
    expect(run(['policy', 'export', valid, '--out', out, '--edge-id', 'not-an-id']).code).toBe(2);
    expect(run(['policy', 'export', valid, '--out', out, '--chrome-update-url', 'ftp://x']).code).toBe(2);
    expect(run(['policy', 'frobnicate']).code).toBe(2);
  });
});

// ---- validate ------------------------------------------------------------------------------------

describe('postpause policy validate', () => {
  it('exits 0 and counts the settings of a valid policy', () => {
    expect(run(['policy', 'validate', file('ok.json', policy)])).toEqual({ code: 0, out: 'valid: 14 settings', err: '' });
    expect(run(['policy', 'validate', file('one.json', { enabled: false })]).out).toBe('valid: 1 setting');
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

  it('finds the settings in the files it exported: Linux, Firefox and Admin console', () => {
    for (const path of ['linux/chrome/postpause.json', 'linux/edge/postpause.json', 'firefox/policies.json', 'google-admin/policy.json']) {
      expect(run(['policy', 'validate', join(exported.out, path)]), path).toEqual({ code: 0, out: 'valid: 14 settings', err: '' });
    }
  });

  it('validates the settings inside a Chrome Linux policy file, and says when PostPause has none', () => {
    const wrapped = file('chrome-linux.json', { ExtensionSettings: chromeInstall, '3rdparty': { extensions: { [CHROME_ID]: { mode: 'sometimes' } } } });
    expect(run(['policy', 'validate', wrapped])).toMatchObject({ code: 1, err: expect.stringMatching(/^mode: /) });
    const other = file('other.json', { '3rdparty': { extensions: { aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: {}, bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb: {} } } });
    expect(run(['policy', 'validate', other])).toMatchObject({ code: 1, err: expect.stringContaining('3rdparty.extensions has no entry for PostPause') });
  });
});
