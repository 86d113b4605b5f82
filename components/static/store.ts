import { processKeys } from '../../lib/server/process-state';

/**
 * Hands StaticHtml's strings from the server-component render to the HTML render of the same page (Next.js runs
 * both in one process, one after the other). The RSC payload carries only the content hash; the HTML render reads
 * the string back here. Only build-time text belongs in it (layout chrome, an article body, the glossary list):
 * never output that depends on the request, such as search results, which would make one entry per query.
 * The map is bounded (oldest entries go first), so a misuse cannot grow memory without end; but an entry pushed out
 * between a page's two renders makes that render fail (readStaticHtml throws) rather than render twice. Pages put
 * only a few dozen distinct strings, all the same on every request, far below the bound.
 */
const KEY = processKeys.staticHtml;
/** Far above what one build renders at a time (a few dozen distinct parts a page). */
const MAX_ENTRIES = 2000;

function store(): Map<string, string> {
  const g = globalThis as { [KEY]?: Map<string, string> };
  return (g[KEY] ??= new Map());
}

export function putStaticHtml(key: string, html: string): void {
  const map = store();
  map.delete(key); // re-inserted last: the most recently used stays longest
  map.set(key, html);
  for (const oldest of map.keys()) {
    if (map.size <= MAX_ENTRIES) break;
    map.delete(oldest);
  }
}

/** The string stored under `key`; throws when the server-component render of this page did not put it here. */
export function readStaticHtml(key: string): string {
  const html = store().get(key);
  if (html === undefined)
    throw new Error(`StaticHtml: no HTML for ${key}: the HTML render ran in another process than the server-component render`);
  return html;
}

/** How many strings are held (for the bound's test). */
export function storedStaticHtml(): number {
  return store().size;
}
