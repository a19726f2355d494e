/** Opening a policy file into the editor, and saving files from the page (nothing leaves it but a download). */
import { isUnreadable, readPolicyFile } from '../core/policy/read-policy.ts';
import { coerce, type SchemaNode } from '../core/policy/coerce.ts';
import { managedSchema } from '../core/policy/managed-schema.ts';
import { policySettings } from '../core/policy/unwrap.ts';
import type { Problem } from '../core/policy/settings.ts';
import type { Draft } from './state.ts';

export type Opened = { ok: false; reason: string } | { ok: true; draft: Draft; problems: Problem[] };

const isObject = (value: unknown): value is Draft => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A policy file as `policy validate` reads it (readPolicyFile: the settings themselves, or a file `policy
 * export` writes that holds them), with its problems. The draft is what the reader validated, before
 * validation (unwrapped and coerced as it does), so an invalid value stays in its field with its problem
 * instead of disappearing.
 */
export function openPolicy(text: string): Opened {
  const read = readPolicyFile(text);
  if (isUnreadable(read)) return { ok: false, reason: read.unreadable };
  const raw = coerce(policySettings(JSON.parse(text.replace(/^\uFEFF/, ''))), managedSchema() as SchemaNode);
  return { ok: true, draft: isObject(raw) ? raw : (read.values as Draft), problems: read.problems };
}

/** The policy file to save: the draft as JSON, as IT and `policy validate` read it. */
export const policyJson = (draft: Draft) => `${JSON.stringify(draft, null, 2)}\n`;

/** Offers `content` as a download named `name`. */
export function download(name: string, content: string | Uint8Array, type: string) {
  const blob = new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference once started; the URL is freed a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
