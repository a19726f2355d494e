/**
 * Registry.xml: Group Policy Preferences registry items, the way a GPO carries registry values (a .reg file
 * it cannot). The same keys and values as the .reg file: first PostPause's key is deleted, so settings no
 * longer in the policy go too, then every value is written ("Update").
 */
import type { SettingsLayer } from '../../core/policy/settings.ts';
import { nameUuid, xmlAttribute } from './encode.ts';
import { installKey, settingsKeys, type RegData, type WindowsBrowser } from './registry.ts';

const SETTINGS_CLSID = '{A3CCFC41-DFDB-43a5-8D26-0FE8B954DA51}';
const ITEM_CLSID = '{9CD4B2F4-923D-47f5-A062-E897DD1DAD50}';

/** The editor's icon per item: a key, a string value or a DWORD, plus 0 create, 1 replace, 2 update, 3 delete. */
const IMAGE = { key: 0, sz: 5, dword: 10 };
const ACTION = { U: 2, D: 3 };

interface Item {
  action: keyof typeof ACTION;
  key: string;
  name: string;
  data?: RegData;
}

function item({ action, key, name, data }: Item): string {
  const properties = {
    action,
    displayDecimal: '0',
    default: '0',
    hive: 'HKEY_LOCAL_MACHINE',
    key,
    name,
    type: data?.type === 'dword' ? 'REG_DWORD' : 'REG_SZ',
    // A DWORD as GPP stores it: eight hex digits.
    value: data === undefined ? '' : data.type === 'dword' ? (data.value >>> 0).toString(16).toUpperCase().padStart(8, '0') : data.value,
  };
  const attrs = (values: Record<string, string | number>) => Object.entries(values).map(([k, v]) => ` ${k}="${xmlAttribute(String(v))}"`).join('');
  const label = name || key.slice(key.lastIndexOf('\\') + 1);
  const image = (data ? IMAGE[data.type] : IMAGE.key) + ACTION[action];
  return [
    `  <Registry${attrs({ clsid: ITEM_CLSID, name: label, status: label, image, uid: `{${nameUuid(`${action}\n${key}\n${name}`)}}` })}>`,
    `    <Properties${attrs(properties)}/>`,
    '  </Registry>',
  ].join('\n');
}

export function registryXml(browser: WindowsBrowser, settings: SettingsLayer): string {
  const keys = [...settingsKeys(browser.settingsKey, settings), ...installKey(browser)];
  const items: Item[] = [
    { action: 'D', key: browser.settingsKey, name: '' },
    // A key without values (an empty list) is an item of its own, so that it still exists.
    ...keys.flatMap(({ path, values }): Item[] =>
      values.length === 0 ? [{ action: 'U', key: path, name: '' }] : values.map(([name, data]) => ({ action: 'U', key: path, name, data })),
    ),
  ];
  return ['<?xml version="1.0" encoding="utf-8"?>', `<RegistrySettings clsid="${SETTINGS_CLSID}">`, ...items.map(item), '</RegistrySettings>', ''].join('\n');
}
