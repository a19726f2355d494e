// Every deployment format carries exactly what validation accepts: each exported file is read back the way
// the browser (or Windows, or macOS) reads it, with a real parser where one exists, and compared with the policy.
import { DOMParser, type Element } from '@xmldom/xmldom';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parsePlist } from 'plist';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { CHROME_ID, GECKO_ID } from '../../src/core/extension-ids.ts';
import { coerce, type SchemaNode } from '../../src/core/policy/coerce.ts';
import { managedSchema } from '../../src/core/policy/managed-schema.ts';
import { validateSettings } from '../../src/core/policy/schema.ts';

/** Each character class a format may mangle: line ends, quotes, escapes, emoji, RTL, zero-width, markup. */
const TRICKY = [
  'tab\there',
  'CR\ronly',
  'CRLF\r\nline',
  'LF\nline',
  'ends with CR\r',
  '\r\nstarts with CRLF',
  'quotes "double" \'single\' ‘curly’ “double curly” `back`',
  'back\\slash \\\\ C:\\Temp\\ \\" \\n',
  'emoji 🦁 👩‍⚖️ 🏳️‍🌈',
  'RTL שלום عليكم \u202Eevil\u202C \u200F',
  'zero-width a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf',
  'XML <b>&amp;</b> &#13; ]]> $(string.x) <![CDATA[',
  "PowerShell $env:x `n @' '@ ; # $(1+1)",
  '  spaces around  ',
  'NEL\u0085 LS\u2028 PS\u2029',
  '%PATH% %% ;semicolon',
  'ÅÄÖ ëïö ß Ǆ ﬁ',
];

const policy = {
  enabled: true,
  companyName: TRICKY[6]!,
  question: TRICKY.slice(0, 6).join(' | '),
  mode: 'flagged',
  pauseSeconds: 12,
  calmPauseSeconds: 0,
  topics: [
    {
      id: 'tricky',
      label: TRICKY[8]!,
      labelNl: TRICKY[9]!,
      keywords: TRICKY,
      exceptions: [TRICKY[10]!, TRICKY[11]!],
      rules: [{ keyword: '{money}', near: [TRICKY[12]!], within: 3, strength: 'weak' }],
      guidance: TRICKY.join('\n'),
      guidanceNl: TRICKY.join('\r\n'),
    },
    { id: 'politics_2', label: 'Politics', keywords: ['verkiezingen'] },
  ],
  starterTopics: false,
  codeUrl: 'https://intranet.example/code?a=1&b=2#x',
  // Seventeen items: Chrome orders numbered registry values as text, so the names are padded.
  dos: TRICKY,
  donts: ['<script>alert(1)</script>', TRICKY[7]!],
  sites: { x: false, linkedin: true },
  surfaces: { posts: true, comments: false },
  language: 'nl',
  allowUserDisable: false,
};

const schema = managedSchema() as SchemaNode;

/** What PostPause makes of a registry-style policy: coerced and validated, with nothing dropped. */
function asPostPauseReadsIt(raw: unknown) {
  const { values, problems } = validateSettings(coerce(raw, schema), 'policy');
  expect(problems).toEqual([]);
  return values;
}

const tmp = mkdtempSync(join(tmpdir(), 'postpause-roundtrip-'));
const policyFile = join(tmp, 'policy.json');
writeFileSync(policyFile, JSON.stringify(policy));
const out = join(tmp, 'out');
const io = { out: () => {}, err: () => {}, stdin: () => '' };
const exportCode = main(['policy', 'export', policyFile, '--out', out, '--chrome-id', 'ponmlkjihgfedcbaponmlkjihgfedcba', '--edge-id', 'abcdefghijklmnopabcdefghijklmnop'], io);
const text = (path: string) => readFileSync(join(out, path), 'utf8');
const bytes = (path: string) => readFileSync(join(out, path));
const chromeId = 'ponmlkjihgfedcbaponmlkjihgfedcba';
const edgeId = 'abcdefghijklmnopabcdefghijklmnop';

const keys = {
  chrome: `SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${chromeId}\\policy`,
  edge: `SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${edgeId}\\policy`,
  firefox: `SOFTWARE\\Policies\\Mozilla\\Firefox\\3rdparty\\Extensions\\${GECKO_ID}`,
};
const policyKeys = { chrome: 'SOFTWARE\\Policies\\Google\\Chrome', edge: 'SOFTWARE\\Policies\\Microsoft\\Edge', firefox: 'SOFTWARE\\Policies\\Mozilla\\Firefox' };
const browsers = ['chrome', 'edge', 'firefox'] as const;

it('the fixture is a valid policy, and it exports', () => {
  expect(validateSettings(policy, 'policy').problems).toEqual([]);
  expect(CHROME_ID).not.toBe(chromeId);
  expect(exportCode).toBe(0);
});

// ---- A fake registry: what .reg, Registry.xml, the script and the ADMX write --------------------------

type RegValue = string | number | string[];
type Registry = Map<string, Record<string, RegValue>>;

const ensure = (reg: Registry, key: string) => {
  if (!reg.has(key)) reg.set(key, {});
  return reg.get(key)!;
};
const deleteTree = (reg: Registry, key: string) => {
  for (const k of [...reg.keys()]) if (k === key || k.startsWith(`${key}\\`)) reg.delete(k);
};

/** The registry below `path` as Chrome's and Firefox's readers see it: values, and subkeys as objects. */
function tree(reg: Registry, path: string): Record<string, unknown> {
  const node: Record<string, unknown> = { ...reg.get(path) };
  for (const key of reg.keys()) {
    const rest = key.startsWith(`${path}\\`) ? key.slice(path.length + 1) : undefined;
    if (rest && !rest.includes('\\')) node[rest] = tree(reg, key);
  }
  return node;
}

/** Checks one browser's registry: the settings read back as the policy, and the force-install entry. */
function expectRegistry(reg: Registry, browser: (typeof browsers)[number]) {
  expect([...reg.keys()].every((k) => k.startsWith(policyKeys[browser])), 'only under its own vendor').toBe(true);
  expect(asPostPauseReadsIt(tree(reg, keys[browser]))).toEqual(policy);
  for (const values of reg.values()) for (const value of Object.values(values)) expect(Array.isArray(value), 'REG_MULTI_SZ, which Chrome ignores').toBe(false);
  return JSON.parse(reg.get(policyKeys[browser])!.ExtensionSettings as string) as Record<string, unknown>;
}

const installs = {
  chrome: { [chromeId]: { installation_mode: 'force_installed', update_url: 'https://clients2.google.com/service/update2/crx', toolbar_pin: 'force_pinned' } },
  edge: { [edgeId]: { installation_mode: 'force_installed', update_url: 'https://edge.microsoft.com/extensionwebstorebase/v1/crx', toolbar_state: 'force_shown' } },
  firefox: { [GECKO_ID]: { installation_mode: 'force_installed', install_url: `https://addons.mozilla.org/firefox/downloads/latest/${GECKO_ID}/latest.xpi` } },
};

// ---- .reg -----------------------------------------------------------------------------------------------

/** Reads regedit's format: UTF-16LE with a BOM, CRLF, [-key] deletions, "quoted" strings, dword, hex(1) and hex(7). */
function applyReg(file: Buffer, reg: Registry = new Map()): Registry {
  expect([...file.subarray(0, 2)]).toEqual([0xff, 0xfe]);
  const source = file.subarray(2).toString('utf16le');
  expect(source.replace(/\r\n/g, ''), 'line ends are CRLF only').not.toMatch(/[\r\n]/);
  const lines = source.split('\r\n');
  expect(lines[0]).toBe('Windows Registry Editor Version 5.00');
  let current: Record<string, RegValue> | undefined;
  for (let i = 1; i < lines.length; i++) {
    let line = lines[i]!;
    while (/^"(?:[^"\\]|\\.)*"=hex(\(\d+\))?:/.test(line) && line.endsWith('\\')) line = line.slice(0, -1) + lines[++i]!.trimStart();
    if (line === '' || line.startsWith(';')) continue;
    const section = /^\[(-?)HKEY_LOCAL_MACHINE\\(.+)\]$/.exec(line);
    if (section) {
      if (section[1]) deleteTree(reg, section[2]!);
      else current = ensure(reg, section[2]!);
      continue;
    }
    // dotAll: U+2028 and U+2029 are characters in a .reg line, not line ends.
    const value = /^"((?:[^"\\]|\\.)*)"=(.*)$/s.exec(line);
    if (!value || !current) throw new Error(`not a .reg line: ${line}`);
    current[unquote(value[1]!)] = regData(value[2]!);
  }
  return reg;
}

/** .reg strings know two escapes, \\ and \". */
function unquote(body: string): string {
  expect(body.match(/\\./gs)?.every((e) => e === '\\\\' || e === '\\"') ?? true).toBe(true);
  return body.replace(/\\(.)/gs, '$1');
}

const hexBytes = (list: string) => Buffer.from(list.split(',').map((b) => parseInt(b, 16)));

function regData(data: string): RegValue {
  if (data.startsWith('dword:')) {
    expect(data).toMatch(/^dword:[0-9a-f]{8}$/);
    return parseInt(data.slice(6), 16);
  }
  if (data.startsWith('hex(1):')) {
    const utf16 = hexBytes(data.slice(7)).toString('utf16le');
    expect(utf16.endsWith('\0')).toBe(true);
    return utf16.slice(0, -1);
  }
  if (data.startsWith('hex(7):')) {
    const utf16 = hexBytes(data.slice(7)).toString('utf16le');
    expect(utf16.endsWith('\0\0')).toBe(true);
    return utf16.slice(0, -2).split('\0');
  }
  const quoted = /^"((?:[^"\\]|\\.)*)"$/s.exec(data);
  if (!quoted) throw new Error(`not .reg data: ${data}`);
  return unquote(quoted[1]!);
}

describe('round trip: Windows .reg', () => {
  for (const browser of browsers) {
    it(`${browser}.reg: regedit's reading is the policy and the force-install entry`, () => {
      expect(expectRegistry(applyReg(bytes(`windows/${browser}.reg`)), browser)).toEqual(installs[browser]);
    });
  }

  it('importing the file again replaces what an older export left', () => {
    const reg = applyReg(bytes('windows/chrome.reg'));
    ensure(reg, keys.chrome).removedSetting = 'stale';
    ensure(reg, `${keys.chrome}\\dos`)['99'] = 'stale';
    expectRegistry(applyReg(bytes('windows/chrome.reg'), reg), 'chrome');
  });
});

// ---- PowerShell -----------------------------------------------------------------------------------------

/** Reads a PowerShell string expression: '…' (quotes doubled) or (-join ('…', [char]10, …)). */
function psExpression(source: string, at: number): [string, number] {
  const quotes = "'\u2018\u2019\u201a\u201b";
  if (source.startsWith('(-join (', at)) {
    let i = at + '(-join ('.length;
    let result = '';
    for (;;) {
      const char = /^\[char\](\d+)/.exec(source.slice(i));
      if (char) {
        result += String.fromCharCode(Number(char[1]));
        i += char[0].length;
      } else {
        const [part, next] = psExpression(source, i);
        result += part;
        i = next;
      }
      if (source.startsWith('))', i)) return [result, i + 2];
      expect(source.slice(i, i + 2)).toBe(', ');
      i += 2;
    }
  }
  expect(quotes).toContain(source[at]);
  let result = '';
  for (let i = at + 1; i < source.length; i++) {
    if (!quotes.includes(source[i]!)) result += source[i];
    else if (quotes.includes(source[i + 1]!)) result += source[++i];
    else return [result, i + 1];
  }
  throw new Error('unterminated string');
}

/** Runs the script's registry writes on a fake registry (the lines it writes, literally). */
function runScript(script: string): Registry {
  const reg: Registry = new Map();
  let key = '';
  const hklm = (path: string) => path.replace(/^HKLM:\\/, '');
  for (const line of script.split('\r\n')) {
    if (line.startsWith('$key = ')) key = hklm(psExpression(line, 7)[0]);
    else if (line === 'Reset-Key $key') {
      deleteTree(reg, key);
      ensure(reg, key);
    } else if (line === 'Set-Key $key') ensure(reg, key);
    else if (line.startsWith('New-ItemProperty -LiteralPath $key -Name ')) {
      const [name, next] = psExpression(line, 'New-ItemProperty -LiteralPath $key -Name '.length);
      const type = /^ -PropertyType (String|DWord) -Value /.exec(line.slice(next))!;
      const at = next + type[0].length;
      const dword = /^\d+/.exec(line.slice(at));
      const [value, end] = type[1] === 'DWord' ? [Number(dword![0]), at + dword![0].length] : psExpression(line, at);
      expect(line.slice(end)).toBe(' -Force | Out-Null');
      ensure(reg, key)[name] = value;
    } else if (line.startsWith('Add-ExtensionSetting ')) {
      const [path, a] = psExpression(line, 'Add-ExtensionSetting '.length);
      const [id, b] = psExpression(line, a + 1);
      const [entry] = psExpression(line, b + 1);
      ensure(reg, hklm(path)).ExtensionSettings = JSON.stringify({ [id]: JSON.parse(entry) });
    }
  }
  return reg;
}

describe('round trip: PowerShell script', () => {
  it('writes, for Chrome and Edge, the policy and the force-install entry, in UTF-8 with a byte-order mark', () => {
    const file = bytes('windows/Set-PostPausePolicy.ps1');
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const reg = runScript(file.subarray(3).toString('utf8'));
    for (const browser of ['chrome', 'edge'] as const) {
      const own = new Map([...reg].filter(([k]) => k.startsWith(policyKeys[browser])));
      expect(expectRegistry(own, browser)).toEqual(installs[browser]);
    }
    expect([...reg.keys()].some((k) => k.includes('Mozilla'))).toBe(false);
  });
});

// ---- XML ------------------------------------------------------------------------------------------------

/** A strict XML parser: any error or warning fails. */
function parseXml(source: string) {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(source, 'text/xml');
}

const children = (el: Element, name?: string) => [...el.childNodes].filter((n): n is Element => n.nodeType === 1 && (!name || (n as Element).localName === name));

// ---- Group Policy Preferences ---------------------------------------------------------------------------

/** Applies Registry.xml's items in order, as the Group Policy registry extension does. */
function applyRegistryXml(source: string): Registry {
  const reg: Registry = new Map();
  for (const item of children(parseXml(source).documentElement!, 'Registry')) {
    const [p] = children(item, 'Properties');
    const attr = (name: string) => p!.getAttribute(name)!;
    expect(attr('hive')).toBe('HKEY_LOCAL_MACHINE');
    if (attr('action') === 'D') {
      expect(attr('name')).toBe('');
      deleteTree(reg, attr('key'));
      continue;
    }
    expect(attr('action')).toBe('U');
    const values = ensure(reg, attr('key'));
    if (attr('name') === '') continue;
    if (attr('type') === 'REG_DWORD') {
      expect(attr('value')).toMatch(/^[0-9A-F]{8}$/);
      values[attr('name')] = parseInt(attr('value'), 16);
    } else {
      expect(attr('type')).toBe('REG_SZ');
      values[attr('name')] = attr('value');
    }
  }
  return reg;
}

describe('round trip: Group Policy Preferences (Registry.xml)', () => {
  for (const browser of browsers) {
    it(`gpo/${browser}/Registry.xml writes what the .reg file writes`, () => {
      const reg = applyRegistryXml(text(`windows/gpo/${browser}/Registry.xml`));
      expect(expectRegistry(reg, browser)).toEqual(installs[browser]);
      expect([...reg]).toEqual([...applyReg(bytes(`windows/${browser}.reg`))]);
    });
  }
});

// ---- Intune: ADMX-backed OMA-URI ------------------------------------------------------------------------

interface OmaSetting {
  omaUri: string;
  value: string;
}

/**
 * Applies an Intune profile as Windows' ADMX handler does: the ingested ADMX says, per policy, which key and
 * value each payload's <enabled/>, <disabled/> and <data id value> go to.
 */
function applyIntune(profile: { omaSettings: OmaSetting[] }, browser: 'chrome' | 'firefox'): Registry {
  const [install, ...settings] = profile.omaSettings;
  const app = `PostPause${browser[0]!.toUpperCase()}${browser.slice(1)}`;
  expect(install!.omaUri).toBe(`./Device/Vendor/MSFT/Policy/ConfigOperations/ADMXInstall/${app}/Policy/postpause-${browser}`);
  expect(install!.value).toBe(text(`windows/PolicyDefinitions/postpause-${browser}.admx`));
  const policies = new Map(children(children(parseXml(install!.value).documentElement!, 'policies')[0]!, 'policy').map((p) => [p.getAttribute('name'), p]));
  const reg: Registry = new Map();
  for (const { omaUri, value } of settings) {
    const prefix = `./Device/Vendor/MSFT/Policy/Config/${app}~Policy~PostPause_${browser}/`;
    expect(omaUri.startsWith(prefix), omaUri).toBe(true);
    const policy = policies.get(omaUri.slice(prefix.length))!;
    const key = policy.getAttribute('key')!;
    const [state, ...data] = children(parseXml(`<payload>${value}</payload>`).documentElement!);
    if (policy.getAttribute('valueName')) {
      ensure(reg, key)[policy.getAttribute('valueName')!] = state!.localName === 'enabled' ? 1 : 0;
      continue;
    }
    expect(state!.localName).toBe('enabled');
    const elements = new Map(children(children(policy, 'elements')[0]!).map((e) => [e.getAttribute('id'), e]));
    for (const d of data) {
      const element = elements.get(d.getAttribute('id'))!;
      const v = d.getAttribute('value')!;
      const name = element.getAttribute('valueName')!;
      if (element.localName === 'decimal') ensure(reg, key)[name] = Number(v);
      else if (element.localName === 'list') {
        const pairs = v.split('\uF000');
        const list = ensure(reg, element.getAttribute('key')!);
        for (let i = 0; i < pairs.length; i += 2) list[pairs[i]!] = pairs[i + 1]!;
      } else {
        if (element.localName === 'enum') expect(children(element, 'item').map((item) => item.textContent)).toContain(v);
        ensure(reg, key)[name] = v;
      }
    }
  }
  return reg;
}

describe('round trip: Intune OMA-URI profiles', () => {
  for (const browser of ['chrome', 'firefox'] as const) {
    it(`intune/postpause-${browser}-oma-uri.json sets the policy through the ingested ADMX`, () => {
      const profile = JSON.parse(text(`windows/intune/postpause-${browser}-oma-uri.json`));
      expect(profile['@odata.type']).toBe('#microsoft.graph.windows10CustomConfiguration');
      for (const setting of profile.omaSettings) expect(setting['@odata.type']).toBe('#microsoft.graph.omaSettingString');
      const reg = applyIntune(profile, browser);
      expect(asPostPauseReadsIt(tree(reg, keys[browser]))).toEqual(policy);
    });
  }
});

// ---- macOS ----------------------------------------------------------------------------------------------

describe('round trip: macOS profile', () => {
  const profile = parsePlist(text('macos/postpause.mobileconfig')) as { PayloadContent: Record<string, unknown>[] };
  const payload = (type: string) => {
    const found = profile.PayloadContent.find((p) => p.PayloadType === type)!;
    return Object.fromEntries(Object.entries(found).filter(([k]) => !k.startsWith('Payload')));
  };

  it('holds the policy, with its plist types, for Chrome and Edge', () => {
    // toStrictEqual: an integer stays a number and a boolean a boolean; Chrome does not coerce on macOS.
    expect(payload(`com.google.Chrome.extensions.${chromeId}`)).toStrictEqual(policy);
    expect(payload(`com.microsoft.Edge.extensions.${edgeId}`)).toStrictEqual(policy);
    expect(payload('com.google.Chrome')).toStrictEqual({ ExtensionSettings: installs.chrome });
    expect(payload('com.microsoft.Edge')).toStrictEqual({ ExtensionSettings: installs.edge });
  });

  it('holds the policy for Firefox', () => {
    expect(payload('org.mozilla.firefox')).toStrictEqual({ EnterprisePoliciesEnabled: true, '3rdparty': { Extensions: { [GECKO_ID]: policy } }, ExtensionSettings: installs.firefox });
  });
});

// ---- JSON -----------------------------------------------------------------------------------------------

describe('round trip: JSON files', () => {
  it('Linux policy files for Chrome, Chromium and Edge', () => {
    for (const [browser, id] of [['chrome', chromeId], ['chromium', chromeId], ['edge', edgeId]] as const) {
      expect(JSON.parse(text(`linux/${browser}/postpause.json`))).toStrictEqual({ '3rdparty': { extensions: { [id]: policy } } });
    }
    expect(JSON.parse(text('linux/chrome/postpause-install.json'))).toStrictEqual({ ExtensionSettings: installs.chrome });
    expect(JSON.parse(text('linux/edge/postpause-install.json'))).toStrictEqual({ ExtensionSettings: installs.edge });
  });

  it("Firefox's policies.json and the Admin console JSON", () => {
    expect(JSON.parse(text('firefox/policies.json'))).toStrictEqual({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: policy } }, ExtensionSettings: installs.firefox } });
    expect(JSON.parse(text('google-admin/policy.json'))).toStrictEqual(Object.fromEntries(Object.entries(policy).map(([k, v]) => [k, { Value: v }])));
  });
});
