/**
 * Chrome's managed-storage schema, generated from the zod schema so the two cannot drift. Chrome accepts a
 * subset of JSON Schema: one `type` per node; `enum` and `pattern` for strings, `minimum`/`maximum` for
 * integers, `items` for arrays, `properties`/`required` for objects; every key must be declared, or Chrome
 * drops it (docs/evidence/policy-formats.md#schema-subset).
 */
import { z } from 'zod';
import { settingSchemas } from './schema.ts';

type Json = { [key: string]: unknown };

const KEEP: Record<string, string[]> = {
  boolean: [],
  string: ['enum', 'pattern'],
  integer: ['enum', 'minimum', 'maximum'],
  number: [],
  array: ['items'],
  object: ['properties', 'required'],
};

/** Keeps what Chrome understands; unknown attributes would be ignored by Chrome and mislead a reader. */
function chromeNode(node: Json): Json {
  const type = node.type as string;
  if (!(type in KEEP)) throw new Error(`Chrome's schema has no type "${type}"`);
  const out: Json = { type };
  if (typeof node.title === 'string') out.title = node.title;
  if (typeof node.description === 'string') out.description = node.description;
  for (const key of KEEP[type]!) {
    if (node[key] === undefined) continue;
    if (key === 'items') out.items = chromeNode(node.items as Json);
    else if (key === 'properties') out.properties = Object.fromEntries(Object.entries(node.properties as Record<string, Json>).map(([k, v]) => [k, chromeNode(v)]));
    else out[key] = node[key];
  }
  return out;
}

export function managedSchema(): Json {
  const properties = Object.fromEntries(
    Object.entries(settingSchemas).map(([key, schema]) => [key, chromeNode(z.toJSONSchema(schema, { io: 'input' }) as Json)]),
  );
  return { type: 'object', properties };
}
