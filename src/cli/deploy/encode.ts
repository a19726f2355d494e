/** Text encodings shared by the deployment formats. */
import { createHash } from 'node:crypto';

/** Pretty JSON with a final newline, as IT will read and diff it. */
export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/**
 * Text for XML content. A parser turns a literal CR or CRLF into LF, so CR is written as a reference.
 */
export const escapeXml = (text: string) => text.replace(/[&<>"'\r]/g, (c) => XML_ESCAPES[c]!);

/** Text for an XML attribute value, where a parser turns literal tabs and line ends into spaces. */
export const xmlAttribute = (text: string) => text.replace(/[&<>"'\t\n\r]/g, (c) => XML_ESCAPES[c]!);

/**
 * A name-based UUID (version 5 layout: SHA-1, RFC 9562), upper case: the same name always gives the same
 * UUID, so an export of the same policy is the same file.
 */
export function nameUuid(name: string): string {
  const bytes = createHash('sha1').update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
