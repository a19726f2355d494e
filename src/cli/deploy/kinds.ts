/**
 * Each setting's deployment form, read from the schemas: the registry, the ADMX and the profile writers ask
 * this instead of naming settings, so a new setting is deployed without touching them (and a setting of a
 * type none of them can carry fails loudly here).
 */
import { z } from 'zod';
import { managedSchema } from '../../core/policy/managed-schema.ts';
import { settingSchemas } from '../../core/policy/schema.ts';
import type { SettingKey } from '../../core/policy/settings.ts';

export type Kind =
  | { type: 'boolean' }
  | { type: 'integer'; min: number; max: number }
  | { type: 'enum'; values: string[] }
  | { type: 'text'; maxLength: number }
  /** A list of strings: numbered registry values. */
  | { type: 'list' }
  /** An object of booleans (sites, surfaces): a registry subkey with one value per name. */
  | { type: 'toggles'; names: string[] }
  /** Anything deeper (topics): JSON text, which Chrome parses for array and object types and coerce() for Firefox. */
  | { type: 'json' };

export interface SettingInfo {
  key: SettingKey;
  title: string;
  description: string;
  kind: Kind;
}

interface Node {
  type: string;
  title?: string;
  description?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  items?: Node;
  properties?: Record<string, Node>;
}

/** ADMX's own default for <text>; used where the schema sets no limit. */
const DEFAULT_TEXT_LENGTH = 1023;

function kindOf(key: SettingKey, node: Node): Kind {
  switch (node.type) {
    case 'boolean':
      return { type: 'boolean' };
    case 'integer':
      return { type: 'integer', min: node.minimum ?? 0, max: node.maximum ?? 2 ** 31 - 1 };
    case 'string': {
      if (node.enum) return { type: 'enum', values: node.enum };
      // Chrome ignores maxLength, so managedSchema() leaves it out; the zod schema still has it.
      const { maxLength } = z.toJSONSchema(settingSchemas[key], { io: 'input' }) as { maxLength?: number };
      return { type: 'text', maxLength: maxLength ?? DEFAULT_TEXT_LENGTH };
    }
    case 'array':
      return node.items?.type === 'string' ? { type: 'list' } : { type: 'json' };
    case 'object': {
      const properties = Object.entries(node.properties ?? {});
      return properties.every(([, p]) => p.type === 'boolean') ? { type: 'toggles', names: properties.map(([name]) => name) } : { type: 'json' };
    }
    default:
      throw new Error(`no deployment form for setting "${key}" of type "${node.type}"`);
  }
}

/** Every setting, in schema order. */
export function settingInfos(): SettingInfo[] {
  const properties = managedSchema().properties as Record<SettingKey, Node>;
  return (Object.entries(properties) as [SettingKey, Node][]).map(([key, node]) => ({
    key,
    title: node.title ?? key,
    description: node.description ?? '',
    kind: kindOf(key, node),
  }));
}

/** The settings a policy sets, in the policy's order, each with its form. */
export function presentSettings(settings: Record<string, unknown>): { info: SettingInfo; value: unknown }[] {
  const infos = new Map(settingInfos().map((info) => [info.key as string, info]));
  return Object.entries(settings)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      const info = infos.get(key);
      if (!info) throw new Error(`unknown setting "${key}"`);
      return { info, value };
    });
}
