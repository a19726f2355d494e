/**
 * Policy values as the platforms deliver them: Firefox reads Windows registry values as they are stored,
 * so objects and lists arrive as JSON strings and booleans as 0 or 1 (docs/evidence/policy-formats.md#value-coercion); Chrome's
 * registry reader does the same for lists written as JSON text. Brings them to the types the schema declares,
 * before validation; anything else is left for validation to report.
 */
export type SchemaNode = { type?: string; items?: SchemaNode; properties?: Record<string, SchemaNode> };

export function coerce(value: unknown, node: SchemaNode | undefined): unknown {
  if (!node) return value;
  if ((node.type === 'array' || node.type === 'object') && typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return value;
    }
  }
  if (node.type === 'boolean') {
    if (value === 0 || value === '0' || value === 'false') return false;
    if (value === 1 || value === '1' || value === 'true') return true;
  }
  if (node.type === 'integer' && typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value);
  if (node.type === 'array' && Array.isArray(value)) return value.map((item) => coerce(item, node.items));
  // Registry subkeys with numbered values ("1", "2", …) are lists.
  if (node.type === 'array' && value && typeof value === 'object' && Object.keys(value).every((k) => /^\d+$/.test(k))) {
    return Object.entries(value as Record<string, unknown>).sort(([a], [b]) => Number(a) - Number(b)).map(([, item]) => coerce(item, node.items));
  }
  if (node.type === 'object' && value && typeof value === 'object' && !Array.isArray(value) && node.properties) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, coerce(v, node.properties![k])]));
  }
  return value;
}
