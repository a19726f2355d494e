/** Text encodings shared by the deployment formats. */
import { hex, sha1 } from './bytes.ts';

/** Pretty JSON with a final newline, as IT will read and diff it. */
export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const reference = (c: string) => XML_ESCAPES[c] ?? `&#${c.charCodeAt(0)};`;

/**
 * Text for XML content. A parser turns a literal CR or CRLF into LF (and an XML 1.1 parser NEL, U+2028 and
 * U+2029 too), so those are written as character references, which no parser changes.
 */
export const escapeXml = (text: string) => text.replace(/[&<>"'\r\u0085\u2028\u2029]/g, reference);

/** Text for an XML attribute value, where a parser also turns literal tabs and line ends into spaces. */
export const xmlAttribute = (text: string) => text.replace(/[&<>"'\t\n\r\u0085\u2028\u2029]/g, reference);

/**
 * A name-based UUID (version 5 layout: SHA-1, RFC 9562), upper case: the same name always gives the same
 * UUID, so an export of the same policy is the same file.
 */
export function nameUuid(name: string): string {
  const bytes = sha1(new TextEncoder().encode(name)).subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const digits = hex(bytes).toUpperCase();
  return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-${digits.slice(12, 16)}-${digits.slice(16, 20)}-${digits.slice(20)}`;
}
