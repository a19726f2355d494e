/**
 * postpause.admx: Group Policy templates for PostPause's settings in Chrome, Edge and Firefox, one policy
 * per setting and browser under PostPause › <browser>, each writing the browser's 3rdparty key (the same
 * values as the .reg files). Texts live in the ADML files (adml.ts); the ids below tie the two together.
 */
import { escapeXml } from './encode.ts';
import type { Targets } from './ids.ts';
import { settingInfos, type Kind, type SettingInfo } from './kinds.ts';
import { windowsBrowsers, type WindowsBrowser } from './registry.ts';

const NAMESPACE = 'PostPause.Policies';

/** String ids in the ADML string table. */
export const stringIds = {
  root: 'PostPause',
  category: (browser: WindowsBrowser) => `PostPause_${browser.name}`,
  supported: 'SUPPORTED_ANY',
  explain: (key: string) => `${key}_Explain`,
  /** One property of an object setting (sites.x). */
  toggle: (key: string, name: string) => `${key}_${name}`,
  /** One value of an enum setting (mode "always"). */
  item: (key: string, value: string) => `${key}_${value}`,
};

const attributes = (attrs: Record<string, string | number>) =>
  Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');

/** A boolean written as DWORD 1 (Enabled) or 0 (Disabled); "Not configured" writes nothing. */
function booleanPolicy(name: string, displayName: string, explain: string, category: string, key: string, valueName: string): string[] {
  return [
    `    <policy${attributes({ name, class: 'Machine', displayName: `$(string.${displayName})`, explainText: `$(string.${explain})`, key, valueName })}>`,
    `      <parentCategory ref="${category}"/>`,
    `      <supportedOn ref="${stringIds.supported}"/>`,
    '      <enabledValue><decimal value="1"/></enabledValue>',
    '      <disabledValue><decimal value="0"/></disabledValue>',
    '    </policy>',
  ];
}

/** Settings that a policy edits through one element (booleans are the policy's own Enabled/Disabled). */
export type ElementKind = Exclude<Kind, { type: 'boolean' } | { type: 'toggles' }>;

/** The one element such a policy holds; its id is also the ADML presentation's refId. */
function element(key: string, kind: ElementKind, settingsKey: string): string[] {
  switch (kind.type) {
    case 'integer':
      return [`<decimal${attributes({ id: key, valueName: key, minValue: kind.min, maxValue: kind.max })}/>`];
    case 'enum':
      return [
        `<enum${attributes({ id: key, valueName: key })}>`,
        ...kind.values.map((value) => `  <item displayName="$(string.${stringIds.item(key, value)})"><value><string>${escapeXml(value)}</string></value></item>`),
        '</enum>',
      ];
    case 'text':
      return [`<text${attributes({ id: key, valueName: key, maxLength: kind.maxLength })}/>`];
    case 'json':
      return [`<text${attributes({ id: key, valueName: key, maxLength: 1_000_000 })}/>`];
    case 'list':
      // Numbered values 1, 2, … in the subkey, replacing the ones there.
      return [`<list${attributes({ id: key, key: `${settingsKey}\\${key}`, valuePrefix: '' })}/>`];
  }
}

function policies(browser: WindowsBrowser, info: SettingInfo): string[] {
  const { key, kind } = info;
  const category = stringIds.category(browser);
  const name = `${browser.name}_${key}`;
  if (kind.type === 'boolean') return booleanPolicy(name, key, stringIds.explain(key), category, browser.settingsKey, key);
  if (kind.type === 'toggles') {
    // One policy per property, so IT can switch off one site and leave the other to the user.
    return kind.names.flatMap((toggle) =>
      booleanPolicy(`${name}_${toggle}`, stringIds.toggle(key, toggle), stringIds.explain(key), category, `${browser.settingsKey}\\${key}`, toggle),
    );
  }
  return [
    `    <policy${attributes({ name, class: 'Machine', displayName: `$(string.${key})`, explainText: `$(string.${stringIds.explain(key)})`, presentation: `$(presentation.${key})`, key: browser.settingsKey })}>`,
    `      <parentCategory ref="${category}"/>`,
    `      <supportedOn ref="${stringIds.supported}"/>`,
    '      <elements>',
    ...element(key, kind, browser.settingsKey).map((line) => `        ${line}`),
    '      </elements>',
    '    </policy>',
  ];
}

export function admx(t: Targets): string {
  const browsers = windowsBrowsers(t);
  const infos = settingInfos();
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">',
    '  <policyNamespaces>',
    `    <target prefix="postpause" namespace="${NAMESPACE}"/>`,
    '  </policyNamespaces>',
    '  <resources minRequiredRevision="1.0"/>',
    '  <supportedOn>',
    '    <definitions>',
    `      <definition name="${stringIds.supported}" displayName="$(string.${stringIds.supported})"/>`,
    '    </definitions>',
    '  </supportedOn>',
    '  <categories>',
    `    <category name="${stringIds.root}" displayName="$(string.${stringIds.root})"/>`,
    ...browsers.map((b) => `    <category name="${stringIds.category(b)}" displayName="$(string.${stringIds.category(b)})"><parentCategory ref="${stringIds.root}"/></category>`),
    '  </categories>',
    '  <policies>',
    ...browsers.flatMap((browser) => infos.flatMap((info) => policies(browser, info))),
    '  </policies>',
    '</policyDefinitions>',
    '',
  ].join('\n');
}
