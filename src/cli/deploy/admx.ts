/**
 * postpause-<browser>.admx: a Group Policy template per browser, one policy per setting under "PostPause for
 * <browser>", each writing only below that browser's own policy key (the values the .reg files write). One
 * file per browser because Intune refuses a template that writes under another vendor's root. Texts live
 * in the ADML files (adml.ts); the ids below tie the two together.
 */
import packageJson from '../../../package.json' with { type: 'json' };
import { xmlAttribute } from './encode.ts';
import { settingInfos, type Kind, type SettingInfo } from './kinds.ts';
import type { WindowsBrowser } from './registry.ts';

/** ADMX revisions have two parts (major.minor), so the template follows the package's major and minor version. */
export const ADMX_REVISION = packageJson.version.split('.').slice(0, 2).join('.');

/** The template's file name, without .admx or .adml. */
export const admxName = (browser: WindowsBrowser) => `postpause-${browser.name}`;

/** The template's namespace: its own per browser, so the three can be installed side by side. */
export const admxNamespace = (browser: WindowsBrowser) => `PostPause.Policies.${browser.name[0]!.toUpperCase()}${browser.name.slice(1)}`;

/** String ids in the ADML string table; the category's name is also part of Intune's OMA-URI (intune.ts). */
export const stringIds = {
  category: (browser: WindowsBrowser) => `PostPause_${browser.name}`,
  supported: 'SUPPORTED_ANY',
  explain: (key: string) => `${key}_Explain`,
  /** One property of an object setting (sites.x). */
  toggle: (key: string, name: string) => `${key}_${name}`,
  /** One value of an enum setting (mode "always"). */
  item: (key: string, value: string) => `${key}_${value}`,
};

/** A policy's name, per setting (and per switch of sites and surfaces). */
export const policyName = (browser: WindowsBrowser, key: string, toggle?: string) => `${browser.name}_${key}${toggle ? `_${toggle}` : ''}`;

const attributes = (attrs: Record<string, string | number>) =>
  Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${xmlAttribute(String(value))}"`)
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

/** Chrome's own templates allow this much JSON text; Group Policy and Intune refuse longer values. */
export const ADMX_TEXT_LIMIT = 1_000_000;

/** The one element such a policy holds; its id is also the ADML presentation's refId and Intune's data id. */
function element(key: string, kind: ElementKind, settingsKey: string): string[] {
  switch (kind.type) {
    case 'integer':
      return [`<decimal${attributes({ id: key, valueName: key, minValue: kind.min, maxValue: kind.max })}/>`];
    case 'enum':
      return [
        `<enum${attributes({ id: key, valueName: key })}>`,
        ...kind.values.map((value) => `  <item displayName="$(string.${stringIds.item(key, value)})"><value><string>${xmlAttribute(value)}</string></value></item>`),
        '</enum>',
      ];
    case 'text':
      return [`<text${attributes({ id: key, valueName: key, maxLength: kind.maxLength })}/>`];
    case 'json':
      return [`<text${attributes({ id: key, valueName: key, maxLength: ADMX_TEXT_LIMIT })}/>`];
    case 'list':
      // Numbered values 1, 2, … in the subkey, replacing the ones there.
      return [`<list${attributes({ id: key, key: `${settingsKey}\\${key}`, valuePrefix: '' })}/>`];
  }
}

function policies(browser: WindowsBrowser, info: SettingInfo): string[] {
  const { key, kind } = info;
  const category = stringIds.category(browser);
  if (kind.type === 'boolean') return booleanPolicy(policyName(browser, key), key, stringIds.explain(key), category, browser.settingsKey, key);
  if (kind.type === 'toggles') {
    // One policy per property, so IT can switch off one site and leave the other to the user.
    return kind.names.flatMap((toggle) =>
      booleanPolicy(policyName(browser, key, toggle), stringIds.toggle(key, toggle), stringIds.explain(key), category, `${browser.settingsKey}\\${key}`, toggle),
    );
  }
  return [
    `    <policy${attributes({ name: policyName(browser, key), class: 'Machine', displayName: `$(string.${key})`, explainText: `$(string.${stringIds.explain(key)})`, presentation: `$(presentation.${key})`, key: browser.settingsKey })}>`,
    `      <parentCategory ref="${category}"/>`,
    `      <supportedOn ref="${stringIds.supported}"/>`,
    '      <elements>',
    ...element(key, kind, browser.settingsKey).map((line) => `        ${line}`),
    '      </elements>',
    '    </policy>',
  ];
}

export function admx(browser: WindowsBrowser): string {
  const category = stringIds.category(browser);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="${ADMX_REVISION}" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">`,
    '  <policyNamespaces>',
    `    <target prefix="postpause" namespace="${admxNamespace(browser)}"/>`,
    '  </policyNamespaces>',
    `  <resources minRequiredRevision="${ADMX_REVISION}"/>`,
    '  <supportedOn>',
    '    <definitions>',
    `      <definition name="${stringIds.supported}" displayName="$(string.${stringIds.supported})"/>`,
    '    </definitions>',
    '  </supportedOn>',
    '  <categories>',
    `    <category name="${category}" displayName="$(string.${category})"/>`,
    '  </categories>',
    '  <policies>',
    ...settingInfos().flatMap((info) => policies(browser, info)),
    '  </policies>',
    '</policyDefinitions>',
    '',
  ].join('\n');
}
