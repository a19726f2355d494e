import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { managedSchema } from '../../src/core/policy/managed-schema.ts';
import { DEFAULTS } from '../../src/core/policy/settings.ts';
import { chromeManifest } from '../../manifest.config.ts';

const committed = JSON.parse(readFileSync('public/managed_schema.json', 'utf8'));

/** Every node of a schema, with its path. */
function* nodes(node: Record<string, unknown>, path = '$'): Generator<[string, Record<string, unknown>]> {
  yield [path, node];
  if (node.items) yield* nodes(node.items as Record<string, unknown>, `${path}[]`);
  for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) yield* nodes(child, `${path}.${key}`);
}

describe('public/managed_schema.json', () => {
  it('is generated from the zod schema (run `node scripts/managed-schema.mjs` after changing it)', () => {
    expect(committed).toEqual(managedSchema());
  });

  it('declares every setting, or Chrome would drop it', () => {
    expect(Object.keys(committed.properties).sort()).toEqual(Object.keys(DEFAULTS).sort());
  });

  it('keeps to the subset of JSON Schema that Chrome accepts', () => {
    expect(committed.type).toBe('object');
    expect(committed.additionalProperties).toBeUndefined();
    const allowed: Record<string, string[]> = {
      boolean: [], number: [], string: ['enum', 'pattern'], integer: ['enum', 'minimum', 'maximum'], array: ['items'], object: ['properties', 'required'],
    };
    for (const [path, node] of nodes(committed)) {
      const type = node.type as string;
      expect(Object.keys(allowed), path).toContain(type);
      for (const key of Object.keys(node)) expect(['type', 'title', 'description', ...allowed[type]!], `${path}.${key}`).toContain(key);
      if (node.required) for (const name of node.required as string[]) expect(Object.keys(node.properties as object), path).toContain(name);
    }
  });

  it('is the schema the manifest names', () => {
    expect(chromeManifest.storage.managed_schema).toBe('managed_schema.json');
  });
});
