/**
 * A policy file may be one of the files IT deploys: a Chrome/Chromium/Edge policy file
 * ({"3rdparty":{"extensions":{id:…}}}), a Firefox policies.json and the Google Admin console JSON. This finds
 * PostPause's settings in them; anything else is taken to be the settings themselves.
 */
import { CHROME_ID, GECKO_ID } from '../extension-ids.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

const at = (value: unknown, key: string) => (isObject(value) ? value[key] : undefined);

/** PostPause's entry in `extensions` (found at `where`): by its Chrome or Firefox id, or the only entry (an Edge Add-ons id). */
function entryFor(extensions: unknown, where: string): unknown {
  if (!isObject(extensions)) throw new Error(`no ${where} in it`);
  for (const id of [CHROME_ID, GECKO_ID]) if (id in extensions) return extensions[id];
  const ids = Object.keys(extensions);
  if (ids.length === 1) return extensions[ids[0]!];
  throw new Error(`${where} has no entry for PostPause (${CHROME_ID} or ${GECKO_ID})`);
}

/** Every value wrapped as {"Value": …}: the Admin console's form. */
const isAdminConsole = (json: Json) =>
  Object.keys(json).length > 0 && Object.values(json).every((v) => isObject(v) && Object.keys(v).length === 1 && 'Value' in v);

/** The settings in `json`; throws saying what is missing when it is a policy file without PostPause's entry. */
export function policySettings(json: unknown): unknown {
  if (!isObject(json)) return json;
  if ('policies' in json) return entryFor(at(at(json.policies, '3rdparty'), 'Extensions'), 'policies.3rdparty.Extensions');
  if ('3rdparty' in json) return entryFor(at(json['3rdparty'], 'extensions'), '3rdparty.extensions');
  if (isAdminConsole(json)) return Object.fromEntries(Object.entries(json).map(([key, v]) => [key, (v as Json).Value]));
  return json;
}
