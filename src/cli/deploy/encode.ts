/** Text encodings shared by the deployment formats. */

/** Pretty JSON with a final newline, as IT will read and diff it. */
export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML content and attribute values alike. */
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ENTITIES[c]!);
