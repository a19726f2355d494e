/**
 * Intune: the ADMX ingested through OMA-URI, and each setting as an ADMX-backed OMA-URI
 * (docs/evidence/policy-formats.md#intune). One custom profile per browser, in the form Microsoft Graph takes
 * for a Windows custom configuration (deviceManagement/deviceConfigurations), so it can be imported as it is
 * or typed into the Intune admin center row by row. Not for Edge: ingestion refuses Edge's policy key.
 */
import type { SettingsLayer } from '../../core/policy/settings.ts';
import { admx, admxName, policyName, stringIds } from './admx.ts';
import { json, xmlAttribute } from './encode.ts';
import { presentSettings } from './kinds.ts';
import { itemNames, type WindowsBrowser } from './registry.ts';

/** The browsers whose policy key ADMX ingestion accepts. */
export const intuneBrowsers = (browsers: WindowsBrowser[]) => browsers.filter((b) => b.name !== 'edge');

/** The {AppName} of the OMA-URIs: the ingested template's name on the device. */
const appName = (browser: WindowsBrowser) => `PostPause${browser.name[0]!.toUpperCase()}${browser.name.slice(1)}`;

export const admxInstallUri = (browser: WindowsBrowser) => `./Device/Vendor/MSFT/Policy/ConfigOperations/ADMXInstall/${appName(browser)}/Policy/${admxName(browser)}`;

/** {AppName}~Policy~{category path}/{policy}: the ADMX has one category per browser. */
export const settingUri = (browser: WindowsBrowser, policy: string) => `./Device/Vendor/MSFT/Policy/Config/${appName(browser)}~Policy~${stringIds.category(browser)}/${policy}`;

/** Separates a list's value names and values in a payload. */
export const LIST_SEPARATOR = '\uF000';

const enabled = (on: unknown) => (on ? '<enabled/>' : '<disabled/>');
const data = (id: string, value: string) => `<enabled/><data id="${id}" value="${value}"/>`;

/** Each setting's policy and its payload, as the ADMX defines them (admx.ts `element`). */
export function payloads(browser: WindowsBrowser, settings: SettingsLayer): [policy: string, payload: string][] {
  return presentSettings(settings).flatMap(({ info: { key, kind }, value }): [string, string][] => {
    switch (kind.type) {
      case 'boolean':
        return [[policyName(browser, key), enabled(value)]];
      case 'toggles':
        return Object.entries(value as Record<string, boolean>).map(([name, on]) => [policyName(browser, key, name), enabled(on)]);
      case 'integer':
      case 'enum':
      case 'text':
        return [[policyName(browser, key), data(key, xmlAttribute(String(value)))]];
      case 'json':
        return [[policyName(browser, key), data(key, xmlAttribute(JSON.stringify(value)))]];
      case 'list': {
        // Value names and values alternate, the names numbered as in the .reg files.
        const items = value as string[];
        const names = itemNames(items.length);
        return [[policyName(browser, key), data(key, items.flatMap((item, i) => [names[i]!, item]).map(xmlAttribute).join('&#xF000;'))]];
      }
    }
  });
}

const setting = (displayName: string, omaUri: string, value: string) => ({ '@odata.type': '#microsoft.graph.omaSettingString', displayName, omaUri, value });

export function intuneProfile(browser: WindowsBrowser, settings: SettingsLayer): string {
  return json({
    '@odata.type': '#microsoft.graph.windows10CustomConfiguration',
    displayName: `PostPause for ${browser.title}`,
    description: 'Written by "postpause policy export": the PostPause ADMX, then one row per setting.',
    omaSettings: [
      setting(`PostPause ADMX for ${browser.title}`, admxInstallUri(browser), admx(browser)),
      ...payloads(browser, settings).map(([policy, payload]) => setting(policy, settingUri(browser, policy), payload)),
    ],
  });
}
