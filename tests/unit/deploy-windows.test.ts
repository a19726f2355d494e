// The Windows files by their structure: one ADMX/ADML set per browser under its own vendor's key, checked
// with xmllint against the schemas below; Registry.xml against its schema; the Intune OMA-URIs; the script.
import { DOMParser, type Element } from '@xmldom/xmldom';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { run } from './support/cli.ts';
import { CHROME_ID, GECKO_ID } from '../../src/core/extension-ids.ts';
import { managedSchema } from '../../src/core/policy/managed-schema.ts';
import { SITE_IDS } from '../../src/core/sites.ts';
import { SURFACE_SWITCHES } from '../../src/core/surfaces.ts';

const tmp = mkdtempSync(join(tmpdir(), 'postpause-windows-'));


function exportTo(policy: unknown, ...options: string[]) {
  const dir = mkdtempSync(join(tmp, 'out-'));
  const policyFile = join(dir, 'policy.json');
  writeFileSync(policyFile, JSON.stringify(policy));
  const result = run(['policy', 'export', policyFile, '--out', join(dir, 'out'), ...options]);
  expect(result.code).toBe(0);
  const path = (file: string) => join(dir, 'out', file);
  return { ...result, path, text: (file: string) => readFileSync(path(file), 'utf8') };
}

const policy = { enabled: true, companyName: 'Acme', mode: 'flagged', pauseSeconds: 12, dos: ['a', 'b'], sites: { x: false }, topics: [{ id: 'a', label: 'A', keywords: ['b'] }] };
const exported = exportTo(policy, '--chrome-id', 'ponmlkjihgfedcbaponmlkjihgfedcba');

const roots = { chrome: 'SOFTWARE\\Policies\\Google\\Chrome\\', edge: 'SOFTWARE\\Policies\\Microsoft\\Edge\\', firefox: 'SOFTWARE\\Policies\\Mozilla\\Firefox\\' };
const browsers = ['chrome', 'edge', 'firefox'] as const;

/** xmllint from Debian's libxml2-utils; its absence fails the test instead of skipping it. */
function xmllint(...args: string[]): string {
  try {
    return execFileSync('xmllint', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') throw new Error('xmllint is missing: install Debian\'s libxml2-utils (apt-get install libxml2-utils; .ci/run does)', { cause: error });
    throw new Error(`xmllint ${args.join(' ')} failed:\n${e.stderr}`, { cause: error });
  }
}

const schemaFile = (name: string, xsd: string) => {
  const path = join(tmp, name);
  writeFileSync(path, xsd);
  return path;
};

const PD = 'http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions';

/**
 * The ADMX structure we write, after Microsoft's ADMX schema reference (its XSD is on neither npm nor Debian):
 * element order, required attributes, $(string.…) references, two-part revisions, and every parentCategory
 * naming a category of the file.
 */
const ADMX_XSD = schemaFile('admx.xsd', `<?xml version="1.0" encoding="utf-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:pd="${PD}" targetNamespace="${PD}" elementFormDefault="qualified">
  <xs:simpleType name="revision"><xs:restriction base="xs:string"><xs:pattern value="[0-9]{1,4}\\.[0-9]{1,5}"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="name"><xs:restriction base="xs:string"><xs:pattern value="[A-Za-z_][A-Za-z0-9_.]*"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="stringRef"><xs:restriction base="xs:string"><xs:pattern value="$\\(string\\.[A-Za-z_][A-Za-z0-9_.]*\\)"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="presentationRef"><xs:restriction base="xs:string"><xs:pattern value="$\\(presentation\\.[A-Za-z_][A-Za-z0-9_.]*\\)"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="registryKey"><xs:restriction base="xs:string"><xs:pattern value="[^\\\\].{0,254}"/></xs:restriction></xs:simpleType>
  <xs:complexType name="ref"><xs:attribute name="ref" type="pd:name" use="required"/></xs:complexType>
  <xs:complexType name="value"><xs:choice>
    <xs:element name="decimal"><xs:complexType><xs:attribute name="value" type="xs:unsignedInt" use="required"/></xs:complexType></xs:element>
    <xs:element name="string" type="xs:string"/>
  </xs:choice></xs:complexType>
  <xs:element name="policyDefinitions">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="policyNamespaces"><xs:complexType><xs:sequence>
          <xs:element name="target"><xs:complexType>
            <xs:attribute name="prefix" type="pd:name" use="required"/><xs:attribute name="namespace" type="pd:name" use="required"/>
          </xs:complexType></xs:element>
        </xs:sequence></xs:complexType></xs:element>
        <xs:element name="resources"><xs:complexType><xs:attribute name="minRequiredRevision" type="pd:revision" use="required"/></xs:complexType></xs:element>
        <xs:element name="supportedOn"><xs:complexType><xs:sequence><xs:element name="definitions"><xs:complexType><xs:sequence>
          <xs:element name="definition" maxOccurs="unbounded"><xs:complexType>
            <xs:attribute name="name" type="pd:name" use="required"/><xs:attribute name="displayName" type="pd:stringRef" use="required"/>
          </xs:complexType></xs:element>
        </xs:sequence></xs:complexType></xs:element></xs:sequence></xs:complexType></xs:element>
        <xs:element name="categories"><xs:complexType><xs:sequence>
          <xs:element name="category" maxOccurs="unbounded"><xs:complexType>
            <xs:sequence><xs:element name="parentCategory" type="pd:ref" minOccurs="0"/></xs:sequence>
            <xs:attribute name="name" type="pd:name" use="required"/><xs:attribute name="displayName" type="pd:stringRef" use="required"/>
          </xs:complexType></xs:element>
        </xs:sequence></xs:complexType></xs:element>
        <xs:element name="policies"><xs:complexType><xs:sequence>
          <xs:element name="policy" maxOccurs="unbounded"><xs:complexType>
            <xs:sequence>
              <xs:element name="parentCategory" type="pd:ref"/>
              <xs:element name="supportedOn" type="pd:ref"/>
              <xs:element name="enabledValue" type="pd:value" minOccurs="0"/>
              <xs:element name="disabledValue" type="pd:value" minOccurs="0"/>
              <xs:element name="elements" minOccurs="0"><xs:complexType><xs:choice maxOccurs="unbounded">
                <xs:element name="decimal"><xs:complexType>
                  <xs:attribute name="id" type="pd:name" use="required"/><xs:attribute name="valueName" type="xs:string" use="required"/>
                  <xs:attribute name="minValue" type="xs:unsignedInt"/><xs:attribute name="maxValue" type="xs:unsignedInt"/>
                </xs:complexType></xs:element>
                <xs:element name="text"><xs:complexType>
                  <xs:attribute name="id" type="pd:name" use="required"/><xs:attribute name="valueName" type="xs:string" use="required"/>
                  <xs:attribute name="maxLength" type="xs:positiveInteger"/>
                </xs:complexType></xs:element>
                <xs:element name="enum"><xs:complexType>
                  <xs:sequence><xs:element name="item" maxOccurs="unbounded"><xs:complexType>
                    <xs:sequence><xs:element name="value" type="pd:value"/></xs:sequence>
                    <xs:attribute name="displayName" type="pd:stringRef" use="required"/>
                  </xs:complexType></xs:element></xs:sequence>
                  <xs:attribute name="id" type="pd:name" use="required"/><xs:attribute name="valueName" type="xs:string" use="required"/>
                </xs:complexType></xs:element>
                <xs:element name="list"><xs:complexType>
                  <xs:attribute name="id" type="pd:name" use="required"/><xs:attribute name="key" type="pd:registryKey" use="required"/>
                  <xs:attribute name="valuePrefix" type="xs:string"/>
                </xs:complexType></xs:element>
              </xs:choice></xs:complexType></xs:element>
            </xs:sequence>
            <xs:attribute name="name" type="pd:name" use="required"/>
            <xs:attribute name="class" use="required"><xs:simpleType><xs:restriction base="xs:string">
              <xs:enumeration value="Machine"/><xs:enumeration value="User"/><xs:enumeration value="Both"/>
            </xs:restriction></xs:simpleType></xs:attribute>
            <xs:attribute name="displayName" type="pd:stringRef" use="required"/>
            <xs:attribute name="explainText" type="pd:stringRef" use="required"/>
            <xs:attribute name="presentation" type="pd:presentationRef"/>
            <xs:attribute name="key" type="pd:registryKey" use="required"/>
            <xs:attribute name="valueName" type="xs:string"/>
          </xs:complexType></xs:element>
        </xs:sequence></xs:complexType></xs:element>
      </xs:sequence>
      <xs:attribute name="revision" type="pd:revision" use="required"/>
      <xs:attribute name="schemaVersion" type="pd:revision" use="required"/>
    </xs:complexType>
    <xs:key name="category"><xs:selector xpath="pd:categories/pd:category"/><xs:field xpath="@name"/></xs:key>
    <xs:keyref name="policyCategory" refer="pd:category"><xs:selector xpath="pd:policies/pd:policy/pd:parentCategory"/><xs:field xpath="@ref"/></xs:keyref>
    <xs:unique name="policyName"><xs:selector xpath="pd:policies/pd:policy"/><xs:field xpath="@name"/></xs:unique>
  </xs:element>
</xs:schema>
`);

/** The ADML structure: a string table with unique ids and the presentations' controls. */
const ADML_XSD = schemaFile('adml.xsd', `<?xml version="1.0" encoding="utf-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:pd="${PD}" targetNamespace="${PD}" elementFormDefault="qualified">
  <xs:simpleType name="revision"><xs:restriction base="xs:string"><xs:pattern value="[0-9]{1,4}\\.[0-9]{1,5}"/></xs:restriction></xs:simpleType>
  <xs:complexType name="control"><xs:simpleContent><xs:extension base="xs:string">
    <xs:attribute name="refId" type="xs:string" use="required"/><xs:attribute name="defaultValue" type="xs:unsignedInt"/>
    <xs:attribute name="noSort" type="xs:boolean"/><xs:attribute name="defaultItem" type="xs:unsignedInt"/>
  </xs:extension></xs:simpleContent></xs:complexType>
  <xs:element name="policyDefinitionResources">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="displayName" type="xs:string"/>
        <xs:element name="description" type="xs:string"/>
        <xs:element name="resources"><xs:complexType><xs:sequence>
          <xs:element name="stringTable"><xs:complexType><xs:sequence>
            <xs:element name="string" maxOccurs="unbounded"><xs:complexType><xs:simpleContent><xs:extension base="xs:string">
              <xs:attribute name="id" type="xs:string" use="required"/>
            </xs:extension></xs:simpleContent></xs:complexType></xs:element>
          </xs:sequence></xs:complexType></xs:element>
          <xs:element name="presentationTable"><xs:complexType><xs:sequence>
            <xs:element name="presentation" maxOccurs="unbounded"><xs:complexType><xs:choice maxOccurs="unbounded">
              <xs:element name="decimalTextBox" type="pd:control"/>
              <xs:element name="dropdownList" type="pd:control"/>
              <xs:element name="listBox" type="pd:control"/>
              <xs:element name="textBox"><xs:complexType><xs:sequence><xs:element name="label" type="xs:string"/></xs:sequence>
                <xs:attribute name="refId" type="xs:string" use="required"/></xs:complexType></xs:element>
            </xs:choice><xs:attribute name="id" type="xs:string" use="required"/></xs:complexType></xs:element>
          </xs:sequence></xs:complexType></xs:element>
        </xs:sequence></xs:complexType></xs:element>
      </xs:sequence>
      <xs:attribute name="revision" type="pd:revision" use="required"/>
      <xs:attribute name="schemaVersion" type="pd:revision" use="required"/>
    </xs:complexType>
    <xs:unique name="stringId"><xs:selector xpath="pd:resources/pd:stringTable/pd:string"/><xs:field xpath="@id"/></xs:unique>
    <xs:unique name="presentationId"><xs:selector xpath="pd:resources/pd:presentationTable/pd:presentation"/><xs:field xpath="@id"/></xs:unique>
  </xs:element>
</xs:schema>
`);

/** Group Policy Preferences registry items, as the Group Policy Management Editor writes them. */
const GPP_XSD = schemaFile('gpp-registry.xsd', `<?xml version="1.0" encoding="utf-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:simpleType name="guid"><xs:restriction base="xs:string"><xs:pattern value="\\{[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\}"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="flag"><xs:restriction base="xs:string"><xs:enumeration value="0"/><xs:enumeration value="1"/></xs:restriction></xs:simpleType>
  <xs:element name="RegistrySettings">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="Registry" maxOccurs="unbounded"><xs:complexType>
          <xs:sequence><xs:element name="Properties"><xs:complexType>
            <xs:attribute name="action" use="required"><xs:simpleType><xs:restriction base="xs:string">
              <xs:enumeration value="C"/><xs:enumeration value="R"/><xs:enumeration value="U"/><xs:enumeration value="D"/>
            </xs:restriction></xs:simpleType></xs:attribute>
            <xs:attribute name="displayDecimal" type="flag" use="required"/>
            <xs:attribute name="default" type="flag" use="required"/>
            <xs:attribute name="hive" use="required"><xs:simpleType><xs:restriction base="xs:string">
              <xs:enumeration value="HKEY_LOCAL_MACHINE"/><xs:enumeration value="HKEY_CURRENT_USER"/>
            </xs:restriction></xs:simpleType></xs:attribute>
            <xs:attribute name="key" use="required"><xs:simpleType><xs:restriction base="xs:string"><xs:pattern value="[^\\\\].{0,254}"/></xs:restriction></xs:simpleType></xs:attribute>
            <xs:attribute name="name" type="xs:string" use="required"/>
            <xs:attribute name="type" use="required"><xs:simpleType><xs:restriction base="xs:string">
              <xs:enumeration value="REG_SZ"/><xs:enumeration value="REG_DWORD"/>
            </xs:restriction></xs:simpleType></xs:attribute>
            <xs:attribute name="value" type="xs:string" use="required"/>
          </xs:complexType></xs:element></xs:sequence>
          <xs:attribute name="clsid" type="guid" use="required" fixed="{9CD4B2F4-923D-47f5-A062-E897DD1DAD50}"/>
          <xs:attribute name="name" type="xs:string" use="required"/>
          <xs:attribute name="status" type="xs:string" use="required"/>
          <xs:attribute name="image" type="xs:unsignedByte" use="required"/>
          <xs:attribute name="uid" type="guid" use="required"/>
        </xs:complexType></xs:element>
      </xs:sequence>
      <xs:attribute name="clsid" type="guid" use="required" fixed="{A3CCFC41-DFDB-43a5-8D26-0FE8B954DA51}"/>
    </xs:complexType>
    <xs:unique name="uid"><xs:selector xpath="Registry"/><xs:field xpath="@uid"/></xs:unique>
  </xs:element>
</xs:schema>
`);

function parseXml(source: string) {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(source, 'text/xml');
}

const all = (node: { getElementsByTagName(tag: string): ArrayLike<Element> }, tag: string) => Array.from(node.getElementsByTagName(tag));
const schema = managedSchema() as { properties: Record<string, { title: string; description: string }> };

describe('ADMX and ADML: one set per browser', () => {
  it('is well-formed and valid against the ADMX and ADML schemas, for every browser and language', () => {
    for (const browser of browsers) {
      xmllint('--noout', '--schema', ADMX_XSD, exported.path(`windows/PolicyDefinitions/postpause-${browser}.admx`));
      for (const lang of ['en-US', 'nl-NL']) xmllint('--noout', '--schema', ADML_XSD, exported.path(`windows/PolicyDefinitions/${lang}/postpause-${browser}.adml`));
    }
  });

  it("writes only under its own vendor's policy root (xmllint --xpath over every key)", () => {
    for (const browser of browsers) {
      const file = exported.path(`windows/PolicyDefinitions/postpause-${browser}.admx`);
      const count = (xpath: string) => xmllint('--xpath', xpath, file).trim();
      expect(count(`count(//@key)`)).not.toBe('0');
      expect(count(`count(//@key[not(starts-with(., '${roots[browser]}'))])`)).toBe('0');
      expect(count(`count(//*[local-name()='category'])`)).toBe('1');
    }
  });

  it('has its own namespace and the package version as its revision', () => {
    const revision = packageJson.version.split('.').slice(0, 2).join('.');
    const namespaces = browsers.map((browser) => {
      const doc = parseXml(exported.text(`windows/PolicyDefinitions/postpause-${browser}.admx`));
      expect(doc.documentElement!.getAttribute('revision')).toBe(revision);
      expect(all(doc, 'resources')[0]!.getAttribute('minRequiredRevision')).toBe(revision);
      for (const lang of ['en-US', 'nl-NL']) expect(parseXml(exported.text(`windows/PolicyDefinitions/${lang}/postpause-${browser}.adml`)).documentElement!.getAttribute('revision')).toBe(revision);
      return all(doc, 'target')[0]!.getAttribute('namespace');
    });
    expect(namespaces).toEqual(['PostPause.Policies.Chrome', 'PostPause.Policies.Edge', 'PostPause.Policies.Firefox']);
  });

  it('has one policy per setting (one per site and surface), each in the Machine class', () => {
    const perBrowser = Object.keys(schema.properties).length - 2 + SITE_IDS.length + SURFACE_SWITCHES.length;
    for (const browser of browsers) {
      const policies = all(parseXml(exported.text(`windows/PolicyDefinitions/postpause-${browser}.admx`)), 'policy');
      expect(policies).toHaveLength(perBrowser);
      for (const p of policies) expect(p.getAttribute('class')).toBe('Machine');
    }
  });

  it('defines, in each ADML, every string and presentation its ADMX uses, with matching controls', () => {
    for (const browser of browsers) {
      const admxText = exported.text(`windows/PolicyDefinitions/postpause-${browser}.admx`);
      const policies = all(parseXml(admxText), 'policy');
      for (const lang of ['en-US', 'nl-NL']) {
        const adml = parseXml(exported.text(`windows/PolicyDefinitions/${lang}/postpause-${browser}.adml`));
        const strings = new Set(all(adml, 'string').map((s) => s.getAttribute('id')));
        for (const [, id] of admxText.matchAll(/\$\(string\.([^)]+)\)/g)) expect(strings, `${lang} ${id}`).toContain(id);
        const presentations = new Map(all(adml, 'presentation').map((p) => [p.getAttribute('id'), p]));
        for (const policy of policies) {
          const ref = /^\$\(presentation\.(.+)\)$/.exec(policy.getAttribute('presentation') ?? '')?.[1];
          const elementIds = Array.from(all(policy, 'elements')[0]?.childNodes ?? []).filter((n) => n.nodeType === 1).map((e) => (e as Element).getAttribute('id'));
          if (!ref) {
            expect(elementIds).toEqual([]);
            continue;
          }
          const controls = Array.from(presentations.get(ref)!.childNodes).filter((n) => n.nodeType === 1).map((c) => (c as Element).getAttribute('refId'));
          expect(controls).toEqual(elementIds);
        }
      }
    }
  });

  it('takes the English texts from the schema, and has Dutch ones', () => {
    const text = (lang: string, id: string) => all(parseXml(exported.text(`windows/PolicyDefinitions/${lang}/postpause-chrome.adml`)), 'string').find((s) => s.getAttribute('id') === id)!.textContent;
    for (const [key, { title, description }] of Object.entries(schema.properties)) {
      expect(text('en-US', key)).toBe(title);
      expect(text('en-US', `${key}_Explain`)).toContain(description);
    }
    expect(text('en-US', 'PostPause_chrome')).toBe('PostPause for Google Chrome');
    expect(text('nl-NL', 'PostPause_chrome')).toBe('PostPause voor Google Chrome');
    expect(text('nl-NL', 'companyName')).toBe('Bedrijfsnaam');
    expect(text('nl-NL', 'surfaces_comments')).toBe('Plekken: reacties');
  });

  it('maps each kind of setting to its ADMX element', () => {
    const policies = all(parseXml(exported.text('windows/PolicyDefinitions/postpause-chrome.admx')), 'policy');
    const chrome = (name: string) => policies.find((p) => p.getAttribute('name') === `chrome_${name}`)!;
    const dword = (p: Element, tag: string) => all(all(p, tag)[0]!, 'decimal')[0]!.getAttribute('value');
    expect([dword(chrome('enabled'), 'enabledValue'), dword(chrome('enabled'), 'disabledValue')]).toEqual(['1', '0']);
    expect(all(chrome('pauseSeconds'), 'decimal')[0]!.getAttribute('maxValue')).toBe('60');
    expect(all(chrome('mode'), 'string').map((s) => s.textContent)).toEqual(['always', 'flagged']);
    expect(all(chrome('companyName'), 'text')[0]!.getAttribute('maxLength')).toBe('200');
    expect(all(chrome('topics'), 'text')[0]!.getAttribute('maxLength')).toBe('1000000');
    expect(all(chrome('dos'), 'list')[0]!.getAttribute('key')).toBe(`${roots.chrome}3rdparty\\extensions\\ponmlkjihgfedcbaponmlkjihgfedcba\\policy\\dos`);
    expect(chrome('sites_linkedin').getAttribute('valueName')).toBe('linkedin');
  });
});

describe('Group Policy Preferences: Registry.xml', () => {
  it('is well-formed and valid against the GPP registry schema, one file per browser', () => {
    for (const browser of browsers) xmllint('--noout', '--schema', GPP_XSD, exported.path(`windows/gpo/${browser}/Registry.xml`));
  });

  it("deletes PostPause's key first, then writes only under the browser's own policy key", () => {
    for (const browser of browsers) {
      const properties = all(parseXml(exported.text(`windows/gpo/${browser}/Registry.xml`)), 'Properties');
      expect(properties[0]!.getAttribute('action')).toBe('D');
      expect(properties.slice(1).every((p) => p.getAttribute('action') === 'U')).toBe(true);
      for (const p of properties) expect(`${p.getAttribute('key')}\\`.startsWith(roots[browser])).toBe(true);
    }
  });
});

describe('Intune', () => {
  const profile = (browser: string) => JSON.parse(exported.text(`windows/intune/postpause-${browser}-oma-uri.json`)) as { omaSettings: { omaUri: string; value: string }[] };

  it('has a profile for Chrome and Firefox, none for Edge, whose policy key ingestion refuses', () => {
    expect(exported.out).toContain('windows/intune/postpause-chrome-oma-uri.json');
    expect(exported.out).toContain('windows/intune/postpause-firefox-oma-uri.json');
    expect(exported.out).not.toMatch(/intune\/[^\n]*edge/);
  });

  it('lists the exact OMA-URIs: the ADMX install, then one per setting, with escaped JSON values', () => {
    const uris = profile('chrome').omaSettings.map((s) => s.omaUri);
    const area = './Device/Vendor/MSFT/Policy/Config/PostPauseChrome~Policy~PostPause_chrome';
    expect(uris).toEqual([
      './Device/Vendor/MSFT/Policy/ConfigOperations/ADMXInstall/PostPauseChrome/Policy/postpause-chrome',
      ...['enabled', 'companyName', 'mode', 'pauseSeconds', 'dos', 'sites_x', 'topics'].map((p) => `${area}/chrome_${p}`),
    ]);
    const values = Object.fromEntries(profile('chrome').omaSettings.map((s) => [s.omaUri.slice(s.omaUri.lastIndexOf('/') + 1), s.value]));
    expect(values.chrome_enabled).toBe('<enabled/>');
    expect(values.chrome_sites_x).toBe('<disabled/>');
    expect(values.chrome_pauseSeconds).toBe('<enabled/><data id="pauseSeconds" value="12"/>');
    expect(values.chrome_dos).toBe('<enabled/><data id="dos" value="1&#xF000;a&#xF000;2&#xF000;b"/>');
    expect(values.chrome_topics).toBe('<enabled/><data id="topics" value="[{&quot;id&quot;:&quot;a&quot;,&quot;label&quot;:&quot;A&quot;,&quot;keywords&quot;:[&quot;b&quot;]}]"/>');
    expect(profile('firefox').omaSettings[1]!.omaUri).toBe('./Device/Vendor/MSFT/Policy/Config/PostPauseFirefox~Policy~PostPause_firefox/firefox_enabled');
  });
});

describe('PowerShell script', () => {
  it('runs itself again in 64-bit PowerShell when started in 32-bit, before it writes anything', () => {
    const lines = exported.text('windows/Set-PostPausePolicy.ps1').replace(/^\uFEFF/, '').split('\r\n');
    const relaunch = lines.indexOf('if ([Environment]::Is64BitOperatingSystem -and -not [Environment]::Is64BitProcess) {');
    expect(relaunch).toBeGreaterThan(0);
    expect(lines[relaunch + 1]).toBe('  & "$env:WINDIR\\sysnative\\WindowsPowerShell\\v1.0\\powershell.exe" -NoProfile -ExecutionPolicy Bypass -File $PSCommandPath');
    expect(lines[relaunch + 2]).toBe('  exit $LASTEXITCODE');
    expect(lines.findIndex((l) => l.startsWith('$key = '))).toBeGreaterThan(relaunch);
  });
});

describe('limits of Group Policy and Intune', () => {
  const topics = (characters: number) => [{ id: 'big', label: 'Big', keywords: Array.from({ length: Math.ceil(characters / 190) }, (_, i) => `${String(i).padStart(8, '0')}${'x'.repeat(180)}`) }];

  it('warns, on stderr and in the README, when topics exceed the ADMX text limit of 1,000,000 characters', () => {
    const big = exportTo({ topics: topics(1_050_000) });
    expect(big.err).toMatch(/^warning: topics is 1,0\d\d,\d\d\d characters as JSON text, over the ADMX text limit of 1,000,000/m);
    expect(big.text('README.md')).toContain('## Warnings');
    expect(big.text('README.md')).toContain('over the ADMX text limit of 1,000,000');
  });

  it("warns when the script exceeds Intune's 200 KB limit for platform scripts, and not below it", () => {
    const large = exportTo({ topics: topics(150_000) });
    expect(large.err).toMatch(/^warning: windows\/Set-PostPausePolicy\.ps1 is [\d,]+ bytes, over Intune's limit of 200 KB \(204,800 bytes\)/m);
    expect(large.err).not.toContain('ADMX text limit');
    expect(large.text('README.md')).toContain("over Intune's limit of 200 KB");
    expect(exported.err).not.toContain('warning');
  });

  it("warns when a list item holds U+F000, the separator of Intune's list payload", () => {
    expect(exportTo({ dos: ['fine', 'odd\uF000one'] }).err).toMatch(/^warning: dos\[1\] holds U\+F000/m);
  });
});

it('keeps the ids straight: the settings key names the id each browser installs', () => {
  const plain = exportTo({ enabled: true });
  expect(plain.text('windows/PolicyDefinitions/postpause-chrome.admx')).toContain(`3rdparty\\extensions\\${CHROME_ID}\\policy`);
  expect(plain.text('windows/PolicyDefinitions/postpause-firefox.admx')).toContain(`3rdparty\\Extensions\\${GECKO_ID}"`);
});
