/**
 * The hand-over of StaticHtml's strings from the server-component render to the HTML render, which Next.js runs in
 * the same process one after the other (at build time for every prerendered page; per request for a page
 * rendered on request). The server side puts the string here under its content hash and sends only the hash
 * through the RSC payload; StaticHtmlSlot.client.tsx, rendered into HTML, takes it back. So the string reaches
 * the page once, as HTML, and not a second time inside the payload. Entries are keyed by content, so a string
 * used by both the HTML and the `.rsc` render of a page, or by many pages, is stored once; they are kept for the
 * life of the process (at build time: the site's static text, a few megabytes).
 */
const KEY = Symbol.for('zhungeer.static-html');

function store(): Map<string, string> {
  const g = globalThis as { [KEY]?: Map<string, string> };
  return (g[KEY] ??= new Map());
}

export function putStaticHtml(key: string, html: string): void {
  store().set(key, html);
}

export function takeStaticHtml(key: string): string {
  const html = store().get(key);
  if (html === undefined)
    throw new Error(`StaticHtml: no HTML for ${key}: the HTML render ran in another process than the server-component render`);
  return html;
}
