/**
 * A policy file may be one of the files IT deploys: a Chrome/Chromium/Edge policy file
 * ({"3rdparty":{"extensions":{id:…}}}), a Firefox policies.json, the Google Admin console JSON, or a
 * force-install file that holds no settings. This finds PostPause's settings in them; anything else is
 * taken to be the settings themselves.
 */
import { CHROME_ID, GECKO_ID } from '../extension-ids.ts';
import { DEFAULTS } from './settings.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

const at = (value: unknown, key: string) => (isObject(value) ? value[key] : undefined);

/** Firefox takes an extension's entry as an object or as JSON text holding one. */
function entryValue(entry: unknown, where: string): unknown {
  if (typeof entry !== 'string') return entry;
  try {
    return JSON.parse(entry);
  } catch {
    throw new Error(`${where} is text but not valid JSON`);
  }
}

/** An entry of PostPause's setting names only: PostPause under a store id, beside other extensions. */
function holdsOnlySettings(entry: unknown): boolean {
  let value: unknown;
  try {
    value = entryValue(entry, '');
  } catch {
    return false;
  }
  return isObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => key in DEFAULTS);
}

/**
 * PostPause's entry in `extensions` (found at `where`): by its Chrome or Firefox id, else the only entry, else
 * the only entry that holds nothing but PostPause's settings (a store id among other extensions).
 */
function entryFor(extensions: unknown, where: string): unknown {
  if (!isObject(extensions)) throw new Error(`no ${where} in it`);
  const ids = Object.keys(extensions);
  const id = [CHROME_ID, GECKO_ID].find((known) => known in extensions) ?? (ids.length === 1 ? ids[0] : undefined);
  const found = id === undefined ? ids.filter((other) => holdsOnlySettings(extensions[other])) : [id];
  if (found.length !== 1) throw new Error(`${where} has no entry for PostPause (${CHROME_ID} or ${GECKO_ID}, or one entry of PostPause's settings only)`);
  return entryValue(extensions[found[0]!], `${where}["${found[0]}"]`);
}

/** Every value wrapped as {"Value": …}: the Admin console's form. */
const isAdminConsole = (json: Json) =>
  Object.keys(json).length > 0 && Object.values(json).every((v) => isObject(v) && Object.keys(v).length === 1 && 'Value' in v);

/**
 * A file that only force-installs: a browser policy file with ExtensionSettings and no 3rdparty (Linux
 * postpause-install.json, a policies.json without settings), or force-install/extension-settings.json,
 * which holds one such policy per browser.
 */
export function isForceInstallOnly(json: unknown): boolean {
  if (!isObject(json)) return false;
  const policies = isObject(json.policies) ? json.policies : json;
  if ('ExtensionSettings' in policies && !('3rdparty' in policies)) return true;
  const perBrowser = Object.values(json);
  return perBrowser.length > 0 && perBrowser.every((v) => isObject(v) && Object.keys(v).length === 1 && 'ExtensionSettings' in v);
}

/** The settings in `json`; throws saying what is missing when it is a policy file without PostPause's entry. */
export function policySettings(json: unknown): unknown {
  if (!isObject(json)) return json;
  if (isForceInstallOnly(json)) return {};
  if ('omaSettings' in json) throw new Error('an Intune OMA-URI profile holds the settings as ADMX payloads: validate the policy file it was exported from');
  if ('policies' in json) return entryFor(at(at(json.policies, '3rdparty'), 'Extensions'), 'policies.3rdparty.Extensions');
  if ('3rdparty' in json) return entryFor(at(json['3rdparty'], 'extensions'), '3rdparty.extensions');
  if (isAdminConsole(json)) return Object.fromEntries(Object.entries(json).map(([key, v]) => [key, (v as Json).Value]));
  return json;
}
