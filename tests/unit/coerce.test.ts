import { describe, expect, it } from 'vitest';
import { coerce, type SchemaNode } from '../../src/core/policy/coerce.ts';
import { managedSchema } from '../../src/core/policy/managed-schema.ts';
import { validateSettings } from '../../src/core/policy/schema.ts';

const schema = managedSchema() as SchemaNode;

describe('policy values as Windows registry and Firefox deliver them', () => {
  it('parses lists and objects given as JSON text, and 0/1 as booleans', () => {
    const raw = {
      enabled: 1,
      starterTopics: '0',
      allowUserDisable: 0,
      pauseSeconds: '10',
      dos: '["Say you work here"]',
      sites: '{"x": 0, "linkedin": 1}',
      topics: '[{"id":"clients","label":"Clients","keywords":["acme"]}]',
    };
    const coerced = coerce(raw, schema);
    expect(coerced).toEqual({
      enabled: true,
      starterTopics: false,
      allowUserDisable: false,
      pauseSeconds: 10,
      dos: ['Say you work here'],
      sites: { x: false, linkedin: true },
      topics: [{ id: 'clients', label: 'Clients', keywords: ['acme'] }],
    });
    expect(validateSettings(coerced, 'policy').problems).toEqual([]);
  });

  it('reads numbered registry values as a list, in number order', () => {
    expect(coerce({ donts: { '2': 'second', '10': 'tenth', '1': 'first' } }, schema)).toEqual({ donts: ['first', 'second', 'tenth'] });
  });

  it('leaves what it cannot read for validation to report', () => {
    const coerced = coerce({ dos: '[not json', enabled: 'yes', pauseSeconds: '3.5' }, schema);
    expect(coerced).toEqual({ dos: '[not json', enabled: 'yes', pauseSeconds: '3.5' });
    expect(validateSettings(coerced, 'policy').problems.map((p) => p.path)).toEqual(['dos', 'enabled', 'pauseSeconds']);
  });
});
