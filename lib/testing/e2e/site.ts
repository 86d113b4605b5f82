import { resolveSiteUrl } from '@/lib/config';

/**
 * Page discovery for the quality gates and the benchmark: the site is CRAWLED (from /sitemap.xml when it exists,
 * and always from /zh and /en, following same-origin links), never listed by hand, so pages added on other
 * branches are covered as soon as they are linked or listed in the sitemap.
 */

/** The public origin canonical/hreflang/og URLs are written with; the gates check those against the test server. */
export const publicOrigin = resolveSiteUrl().url.origin;

/** One query per locale, so the search results page (rendered on request) is checked with results on it. */
export const searchQueries: Record<string, string> = { zh: '苜蓿', en: 'alfalfa' };

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : (entities[e.toLowerCase()] ?? m),
  );
}

export type Tag = { name: string; attrs: Record<string, string> };

/**
 * Start tags with their attributes. React and Next write regular HTML (quoted attributes, `<` and `>` escaped
 * inside values), so a tokenizer this small is exact for our pages; comments, scripts and styles are skipped so
 * text inside them is never read as markup.
 */
export function startTags(html: string): Tag[] {
  const body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2>/gi, '$1');
  const tags: Tag[] = [];
  for (const m of body.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g))
      attrs[a[1]!.toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    tags.push({ name: m[1]!.toLowerCase(), attrs });
  }
  return tags;
}

/** Every element id on a page (fragment targets). */
export function elementIds(html: string): Set<string> {
  return new Set(startTags(html).flatMap((t) => (t.attrs.id !== undefined ? [t.attrs.id] : [])));
}

/** A URL on the test server, or on the public origin (canonical, hreflang, og:url), mapped to the test server. */
export function internalUrl(raw: string, base: string, origin: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return undefined;
  }
  if (url.origin === publicOrigin) url = new URL(url.pathname + url.search + url.hash, origin);
  return url.origin === origin ? url : undefined;
}

/** A page's path as the gates name it: pathname plus the query kept for search pages. */
export function pageKey(url: URL): string {
  return url.pathname + url.search;
}

/** Pages are the locale trees; assets, feeds and framework paths are not pages. */
function isPagePath(pathname: string): boolean {
  return /^\/(zh|en)(\/|$)/.test(pathname) && !/\.[a-z0-9]+$/i.test(pathname);
}

/**
 * All HTML pages reachable from /zh, /en and the sitemap. Answers other than 200 are not pages (the link gate
 * reports them). Queries and fragments are dropped, except that a search page also gets one query per locale.
 */
export async function crawl(origin: string, { concurrency = 4 } = {}): Promise<string[]> {
  const seen = new Set<string>();
  const pages: string[] = [];
  const queue: string[] = [];
  const enqueue = (url: URL | undefined) => {
    if (!url || !isPagePath(url.pathname)) return;
    const key = url.pathname;
    if (seen.has(key)) return;
    seen.add(key);
    queue.push(key);
    const [, locale, first] = key.split('/');
    if (first === 'search' && key === `/${locale}/search` && searchQueries[locale!]) {
      const q = `${key}?q=${encodeURIComponent(searchQueries[locale!]!)}`;
      seen.add(q);
      queue.push(q);
    }
  };
  for (const p of ['/zh', '/en']) enqueue(new URL(p, origin));
  const sitemap = await fetch(`${origin}/sitemap.xml`).catch(() => undefined);
  if (sitemap?.ok)
    for (const m of (await sitemap.text()).matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g))
      enqueue(internalUrl(decodeEntities(m[1]!), origin, origin));

  async function visit(key: string) {
    const res = await fetch(origin + key, { redirect: 'follow' }).catch(() => undefined);
    if (!res || res.status !== 200 || !(res.headers.get('content-type') ?? '').includes('text/html')) return;
    const finalUrl = new URL(res.url);
    if (finalUrl.origin !== origin) return;
    if (pageKey(finalUrl) !== key) {
      enqueue(finalUrl); // a redirect: the target is the page
      return;
    }
    pages.push(key);
    for (const tag of startTags(await res.text()))
      if (tag.name === 'a' && tag.attrs.href !== undefined) enqueue(internalUrl(tag.attrs.href, origin + key, origin));
  }
  let active = 0;
  const workers = Array.from({ length: concurrency }, async () => {
    for (;;) {
      const next = queue.shift();
      if (next === undefined) {
        // Another worker may still be adding links: wait for the queue to settle.
        if (active === 0) return;
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      active++;
      try {
        await visit(next);
      } finally {
        active--;
      }
    }
  });
  await Promise.all(workers);
  return pages.sort();
}

/** Page types for sampling (keyboard tests) and the benchmark: e.g. '/zh/glossary/green-mine' → 'glossary/*'. */
export function pageType(key: string, pages: readonly string[]): string {
  const url = new URL(key, 'http://x');
  const segs = url.pathname.split('/').slice(2);
  if (segs.length === 0) return 'home';
  if (url.search) return `${segs.join('/')}?q`;
  if (segs.length >= 2) {
    // Collapse the last segment when the parent has many children (photos, terms), not for /{section}/parallel.
    const parent = `/${url.pathname.split('/')[1]}/${segs.slice(0, -1).join('/')}/`;
    const siblings = pages.filter((p) => p.startsWith(parent) && !p.slice(parent.length).includes('/') && !p.includes('?')).length;
    if (siblings >= 3) return [...segs.slice(0, -1), '*'].join('/');
  }
  return segs.join('/');
}
