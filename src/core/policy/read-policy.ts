/**
 * The one reader of a policy. Whoever reads one (the service worker from managed storage; the CLI's
 * `check --policy`, `policy validate` and `policy export`; the options page's test bench) reads it here, so
 * a policy that validates behaves the same everywhere.
 */
import { coerce, type SchemaNode } from './coerce.ts';
import { managedSchema } from './managed-schema.ts';
import { validateSettings, type Validated } from './schema.ts';
import { policySettings } from './unwrap.ts';

let schema: SchemaNode | undefined;

/**
 * A policy as a browser hands it over: registry-style values (JSON text, 0/1) brought to the types the schema
 * declares, then every key validated on its own.
 */
export function readPolicyValue(raw: unknown): Validated {
  const normalized = raw && typeof raw === 'object' && !Array.isArray(raw) ? coerce(raw, (schema ??= managedSchema() as SchemaNode)) : raw;
  return validateSettings(normalized, 'policy');
}

/** A file that could not be read as a policy at all: not JSON, or a deployment file without PostPause in it. */
export interface Unreadable {
  unreadable: string;
}

/**
 * A policy file's text, as the communications team or IT has it: the settings themselves, or one of the
 * files `policy export` writes that holds them. A UTF-8 byte-order mark (Windows PowerShell 5.1 writes one)
 * is not part of the JSON.
 */
export function readPolicyFile(text: string): Validated | Unreadable {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { unreadable: `not valid JSON: ${(error as Error).message}` };
  }
  let settings: unknown;
  try {
    settings = policySettings(json);
  } catch (error) {
    return { unreadable: (error as Error).message };
  }
  return readPolicyValue(settings);
}

export const isUnreadable = (read: Validated | Unreadable): read is Unreadable => 'unreadable' in read;
