/**
 * postpause-<browser>.adml: the texts of that browser's ADMX in one language (en-US from the schema's titles
 * and descriptions, nl-NL from adml-nl.ts), and the presentations (the input boxes) of its policies.
 */
import type { SiteId } from '../../core/sites.ts';
import type { SurfaceSwitch } from '../../core/surfaces.ts';
import { DEFAULTS, type SettingKey } from '../../core/policy/settings.ts';
import { ADMX_REVISION, stringIds, type ElementKind } from './admx.ts';
import { escapeXml } from './encode.ts';
import { settingInfos, type SettingInfo } from './kinds.ts';
import type { WindowsBrowser } from './registry.ts';

export interface AdmlTexts {
  description: (browserTitle: string) => string;
  category: (browserTitle: string) => string;
  supported: (browserTitle: string) => string;
  settings: Record<SettingKey, { title: string; description: string }>;
  /** A name for every site and surface switch, so a new one cannot go out unnamed. */
  toggles: Record<SiteId | SurfaceSwitch, string>;
  /** Added to the explanation of settings entered as JSON text. */
  jsonHint: string;
}

export function englishTexts(): AdmlTexts {
  const infos = settingInfos();
  return {
    description: (browser) => `Settings for PostPause, a pause before posting on LinkedIn and X, in ${browser}.`,
    category: (browser) => `PostPause for ${browser}`,
    supported: (browser) => `${browser} with PostPause installed`,
    settings: Object.fromEntries(infos.map((info) => [info.key, { title: info.title, description: info.description }])) as AdmlTexts['settings'],
    toggles: { x: 'X', linkedin: 'LinkedIn', posts: 'posts', comments: 'comments', replies: 'replies', reposts: 'reposts' },
    jsonHint: 'Enter the value as JSON text.',
  };
}

/** The input box of a policy's element (admx.ts `element`), with the default filled in where there is one. */
function presentation(key: SettingKey, kind: ElementKind, label: string): string {
  const fallback = DEFAULTS[key];
  switch (kind.type) {
    case 'integer':
      return `<decimalTextBox refId="${key}"${typeof fallback === 'number' ? ` defaultValue="${fallback}"` : ''}>${label}</decimalTextBox>`;
    case 'enum': {
      const index = kind.values.indexOf(fallback as string);
      return `<dropdownList refId="${key}" noSort="true"${index >= 0 ? ` defaultItem="${index}"` : ''}>${label}</dropdownList>`;
    }
    case 'list':
      return `<listBox refId="${key}">${label}</listBox>`;
    case 'text':
    case 'json':
      return `<textBox refId="${key}"><label>${label}</label></textBox>`;
  }
}

function strings(browser: WindowsBrowser, texts: AdmlTexts, infos: SettingInfo[]): [string, string][] {
  return [
    [stringIds.category(browser), texts.category(browser.title)],
    [stringIds.supported, texts.supported(browser.title)],
    ...infos.flatMap(({ key, kind }): [string, string][] => {
      const { title, description } = texts.settings[key];
      const own: [string, string][] = [
        [key, title],
        [stringIds.explain(key), kind.type === 'json' ? `${description}\n\n${texts.jsonHint}` : description],
      ];
      if (kind.type === 'toggles') own.push(...kind.names.map((name): [string, string] => [stringIds.toggle(key, name), `${title}: ${texts.toggles[name as keyof AdmlTexts['toggles']] ?? name}`]));
      if (kind.type === 'enum') own.push(...kind.values.map((value): [string, string] => [stringIds.item(key, value), value]));
      return own;
    }),
  ];
}

export function adml(browser: WindowsBrowser, texts: AdmlTexts): string {
  const infos = settingInfos();
  const presentations = infos.flatMap(({ key, kind }) =>
    kind.type === 'boolean' || kind.type === 'toggles'
      ? []
      : [`      <presentation id="${key}">`, `        ${presentation(key, kind, escapeXml(texts.settings[key].title))}`, '      </presentation>'],
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="${ADMX_REVISION}" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">`,
    `  <displayName>${escapeXml(texts.category(browser.title))}</displayName>`,
    `  <description>${escapeXml(texts.description(browser.title))}</description>`,
    '  <resources>',
    '    <stringTable>',
    ...strings(browser, texts, infos).map(([id, text]) => `      <string id="${id}">${escapeXml(text)}</string>`),
    '    </stringTable>',
    '    <presentationTable>',
    ...presentations,
    '    </presentationTable>',
    '  </resources>',
    '</policyDefinitionResources>',
    '',
  ].join('\n');
}
