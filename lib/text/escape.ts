/**
 * Escapes text for HTML and XML, in element content and in attribute values quoted either way. The same five
 * characters and entities as React's own escaping, so markup written outside React reads the same as React's.
 */
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}
