/**
 * The Windows registry form of a policy, shared by the .reg files and the PowerShell script. Only REG_SZ and
 * REG_DWORD are used: Chrome ignores REG_MULTI_SZ and REG_QWORD (docs/evidence/policy-formats.md#windows-registry).
 */
import type { SettingsLayer } from '../../core/policy/settings.ts';
import { chromeInstall, edgeInstall, firefoxInstall, type ExtensionSettings } from './extension-settings.ts';
import type { Targets } from './ids.ts';
import { presentSettings } from './kinds.ts';

export type RegData = { type: 'sz'; value: string } | { type: 'dword'; value: number };

export interface RegKey {
  /** Below HKEY_LOCAL_MACHINE. */
  path: string;
  values: [name: string, data: RegData][];
}

export interface WindowsBrowser {
  name: 'chrome' | 'edge' | 'firefox';
  title: string;
  /** The browser's policy key, where its ExtensionSettings policy goes. */
  policyKey: string;
  /** Where PostPause's settings go. */
  settingsKey: string;
  /** Absent when the export does not force-install PostPause in this browser. */
  install: ExtensionSettings | undefined;
}

export function windowsBrowsers(t: Targets): WindowsBrowser[] {
  const chrome = 'SOFTWARE\\Policies\\Google\\Chrome';
  const edge = 'SOFTWARE\\Policies\\Microsoft\\Edge';
  const firefox = 'SOFTWARE\\Policies\\Mozilla\\Firefox';
  return [
    { name: 'chrome', title: 'Google Chrome', policyKey: chrome, settingsKey: `${chrome}\\3rdparty\\extensions\\${t.chromeId}\\policy`, install: chromeInstall(t) },
    { name: 'edge', title: 'Microsoft Edge', policyKey: edge, settingsKey: `${edge}\\3rdparty\\extensions\\${t.edgeId}\\policy`, install: edgeInstall(t) },
    // Firefox: capital E and no `policy` subkey.
    { name: 'firefox', title: 'Mozilla Firefox', policyKey: firefox, settingsKey: `${firefox}\\3rdparty\\Extensions\\${t.geckoId}`, install: firefoxInstall(t) },
  ];
}

const dword = (value: number): RegData => ({ type: 'dword', value });
const sz = (value: string): RegData => ({ type: 'sz', value });

/**
 * Numbered value names for a list. Chrome orders them as text ("10" before "2"), so from ten items on they
 * are zero-padded; Firefox and PostPause's coerce() read the padded names as numbers all the same.
 */
export function itemNames(count: number): string[] {
  const width = String(count).length;
  return Array.from({ length: count }, (_, i) => String(i + 1).padStart(width, '0'));
}

/** The settings key with its values, then one subkey per list or object setting. */
export function settingsKeys(path: string, settings: SettingsLayer): [RegKey, ...RegKey[]] {
  const main: RegKey = { path, values: [] };
  const subkeys: RegKey[] = [];
  for (const { info, value } of presentSettings(settings)) {
    const { key, kind } = info;
    switch (kind.type) {
      case 'boolean':
        main.values.push([key, dword(value ? 1 : 0)]);
        break;
      case 'integer':
        main.values.push([key, dword(value as number)]);
        break;
      case 'enum':
      case 'text':
        main.values.push([key, sz(value as string)]);
        break;
      case 'json':
        main.values.push([key, sz(JSON.stringify(value))]);
        break;
      case 'list': {
        const items = value as string[];
        const names = itemNames(items.length);
        subkeys.push({ path: `${path}\\${key}`, values: items.map((item, i) => [names[i]!, sz(item)]) });
        break;
      }
      case 'toggles':
        subkeys.push({ path: `${path}\\${key}`, values: Object.entries(value as Record<string, boolean>).map(([name, on]) => [name, dword(on ? 1 : 0)]) });
        break;
    }
  }
  return [main, ...subkeys];
}

/** The browser's ExtensionSettings policy as one REG_SZ holding JSON, the form Chrome, Edge and Firefox all parse. */
export function installKey(browser: WindowsBrowser): RegKey[] {
  return browser.install ? [{ path: browser.policyKey, values: [['ExtensionSettings', sz(JSON.stringify(browser.install))]] }] : [];
}
