/** Property-list XML, the format of macOS configuration profiles. */
import { escapeXml } from './encode.ts';

/** A value as plist XML, indented by `depth` tabs. Integers stay <integer>: Chrome checks types on macOS and does not coerce. */
export function plistValue(value: unknown, depth = 0): string {
  const pad = '\t'.repeat(depth);
  if (typeof value === 'string') return `${pad}<string>${escapeXml(value)}</string>`;
  if (typeof value === 'boolean') return `${pad}<${value}/>`;
  if (typeof value === 'number') return Number.isInteger(value) ? `${pad}<integer>${value}</integer>` : `${pad}<real>${value}</real>`;
  if (Array.isArray(value)) {
    return value.length === 0 ? `${pad}<array/>` : [`${pad}<array>`, ...value.map((item) => plistValue(item, depth + 1)), `${pad}</array>`].join('\n');
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return `${pad}<dict/>`;
    return [`${pad}<dict>`, ...entries.flatMap(([k, v]) => [`${pad}\t<key>${escapeXml(k)}</key>`, plistValue(v, depth + 1)]), `${pad}</dict>`].join('\n');
  }
  throw new Error(`no plist form for ${JSON.stringify(value)}`);
}

export function plistDocument(root: unknown): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    plistValue(root),
    '</plist>',
    '',
  ].join('\n');
}
