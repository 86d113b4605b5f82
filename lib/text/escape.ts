/**
 * Escaping of text written outside React, in element content and in attribute values quoted either way: the
 * five characters that can end text or a value. `escapeHtml` uses the same entities as React's own escaping, so
 * markup written outside React reads the same as React's; `escapeXml` is for XML files (TMX, TBX, SVG), with
 * XML's predefined `&apos;` for the apostrophe.
 */
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };
const xmlEntities: Record<string, string> = { ...entities, "'": '&apos;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => xmlEntities[c]!);
}
