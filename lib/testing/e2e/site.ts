/**
 * Page discovery for the quality gates and the benchmark. The sitemap is the list of pages the site promises, so
 * every page it lists must be crawled (the crawl fails otherwise); links from /zh, /en and every page are
 * followed too, so a page that is linked but missing from the sitemap is checked as well. Nothing is listed by
 * hand: a new page is checked as soon as the sitemap lists it or a crawled page links to it.
 */
import { resolveSiteUrl } from '@/lib/config';
import { sectionIds } from '@/lib/content/sections';
import * as cheerio from 'cheerio';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { locales } from '@/lib/i18n/routing';
import { internalUrl as mapUrl } from '../gates/links';
import { parse } from '../gates/parse';
import type { SavedPage } from '../gates/types';

/** The public origin canonical/hreflang/og URLs are written with; the gates check those against the test server. */
const contentDir = path.resolve(import.meta.dirname, '../../../content');
export const publicOrigin = resolveSiteUrl().url.origin;

/** One query per locale, so the search results page (rendered on request) is checked with results on it. */
export const searchQueries: Record<string, string> = { zh: '苜蓿', en: 'alfalfa' };

export type Tag = { name: string; attrs: Record<string, string> };

/** Start tags with their attributes, from a real HTML parser (used by the benchmark's page weight). */
export function startTags(html: string): Tag[] {
  const $ = parse(html);
  return $('*')
    .toArray()
    .flatMap((el) => ('tagName' in el ? [{ name: el.tagName.toLowerCase(), attrs: { ...el.attribs } }] : []));
}

/** A URL on the test server, or on the public origin (canonical, hreflang, og:url), mapped to the test server. */
export function internalUrl(raw: string, base: string, origin: string): URL | undefined {
  return mapUrl(raw, base, origin, publicOrigin);
}

/** A page's path as the gates name it: pathname plus the query kept for search pages. */
export function pageKey(url: URL): string {
  return url.pathname + url.search;
}

/** Pages are the locale trees; assets, feeds and framework paths are not pages. */
function isPagePath(pathname: string): boolean {
  return /^\/(zh|en)(\/|$)/.test(pathname) && !/\.[a-z0-9]+$/i.test(pathname);
}

/** The page paths /sitemap.xml lists, on the test server. */
export async function sitemapPages(origin: string): Promise<string[]> {
  const res = await fetch(`${origin}/sitemap.xml`);
  if (!res.ok) throw new Error(`/sitemap.xml answered ${res.status}`);
  const $ = cheerio.load(await res.text(), { xml: true });
  const paths = $('url > loc')
    .map((_, el) => {
      const url = internalUrl($(el).text(), origin, origin);
      if (!url) throw new Error(`sitemap lists ${$(el).text()}, not on this site (SITE_URL at build time differs from ${publicOrigin}?)`);
      return pageKey(url);
    })
    .get();
  return [...new Set(paths)].sort();
}

/**
 * Every HTML page in the sitemap or reachable by links from /zh and /en, with its status, headers and HTML (the
 * gates read these copies instead of fetching again). Answers other than 200 are not pages (the link gate
 * reports them). Queries and fragments are dropped, except that a search page also gets one query per locale.
 */
export async function crawlSite(origin: string, { concurrency = 4 } = {}): Promise<{ pages: SavedPage[]; sitemap: string[] }> {
  const seen = new Set<string>();
  const pages: SavedPage[] = [];
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
  const sitemap = await sitemapPages(origin);
  for (const p of ['/zh', '/en', ...sitemap]) enqueue(new URL(p, origin));

  async function visit(key: string) {
    const res = await fetch(origin + key, { redirect: 'follow' }).catch(() => undefined);
    if (!res || res.status !== 200 || !(res.headers.get('content-type') ?? '').includes('text/html'))
      return void (await res?.body?.cancel());
    const finalUrl = new URL(res.url);
    if (finalUrl.origin !== origin || pageKey(finalUrl) !== key) {
      await res.body?.cancel();
      return void enqueue(finalUrl); // a redirect: the target is the page
    }
    const html = await res.text();
    pages.push({ path: key, status: res.status, headers: Object.fromEntries(res.headers), html });
    const $ = parse(html);
    $('a[href]').each((_, a) => enqueue(internalUrl($(a).attr('href')!, origin + key, origin)));
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
  pages.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const crawled = new Set(pages.map((p) => p.path));
  const missing = sitemap.filter((p) => !crawled.has(p));
  if (sitemap.length === 0) throw new Error('the sitemap lists no pages');
  if (missing.length) throw new Error(`pages in the sitemap that do not answer 200 with HTML: ${missing.join(', ')}`);
  return { pages, sitemap };
}

/** The paths of every page (the benchmark's list). */
export async function crawl(origin: string, options: { concurrency?: number } = {}): Promise<string[]> {
  return (await crawlSite(origin, options)).pages.map((p) => p.path);
}

/** Page types for sampling (keyboard tests, the axe matrix) and the benchmark: '/zh/glossary/green-mine' → 'glossary/*'. */
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

/**
 * The same types under the names the team uses (the benchmark's): the three articles are one type, 'article', and
 * their side-by-side views 'parallel'; '/zh/glossary/green-mine' is a 'term', '/zh/gallery/vineyards' a 'photo',
 * '/zh/press/brief' the 'brief', '/zh/search?q=…' 'search'. Other pages keep pageType's path template.
 */
export function pageTypeName(key: string, pages: readonly string[]): string {
  const type = pageType(key, pages);
  const [first = '', second] = type.split('/');
  if ((sectionIds as readonly string[]).includes(first)) return second === 'parallel' ? 'parallel' : 'article';
  if (second !== undefined && (first === 'gallery' || first === 'glossary')) return first === 'gallery' ? 'photo' : 'term';
  return ({ 'press/brief': 'brief', 'search?q': 'search', search: 'search (empty)' } as Record<string, string>)[type] ?? type;
}

/**
 * Pages made from one template and one record each: a term's page (content/glossary.json) and a photo's page
 * (content/photos.json). They differ from their siblings only in their words (a term page that draws a diagram is
 * not one of them).
 */
let records: Set<string> | undefined;
function recordPages(): Set<string> {
  if (records) return records;
  const read = (file: string) => JSON.parse(readFileSync(path.join(contentDir, file), 'utf8')) as Record<string, { id: string }[]>;
  const ids = (file: string, key: string, dir: string) => read(file)[key]!.map((r) => `${dir}/${r.id}`);
  // A term whose page also draws an article's diagram (content/diagrams.json, `term`) has more than words: not a record.
  const diagrams = JSON.parse(readFileSync(path.join(contentDir, 'diagrams.json'), 'utf8')) as {
    diagrams: Record<string, { term?: string }>;
  };
  const drawn = new Set(Object.values(diagrams.diagrams).map((d) => `glossary/${d.term}`));
  const tails = [...ids('glossary.json', 'terms', 'glossary').filter((t) => !drawn.has(t)), ...ids('photos.json', 'photos', 'gallery')];
  return (records = new Set(locales.flatMap((l) => tails.map((t) => `/${l}/${t}`))));
}

/**
 * The pages a costly browser gate opens: every page, except that of the record pages (a term's, a photo's) only
 * every `every`-th of each kind and locale, in sorted order, the first always. The crawl gates (HTML, links,
 * `lang`, structured data) read every page's words; a browser gate checks how the template renders, which the
 * sample shows. `expectRecordSampleCovered` (crawled.ts) is the coverage assertion that goes with it.
 */
export function recordSample(pages: readonly string[], every = 3): string[] {
  const record = recordPages();
  const seen = new Map<string, number>();
  return pages.filter((p) => {
    if (!record.has(p)) return true;
    const key = p.split('/').slice(0, 3).join('/');
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n % every === 0;
  });
}

/**
 * One page of each type in each locale (the first in sorted order): the sample for the quick run; with
 * `pageTypeName`, one per template (the three articles are one), the axe matrix.
 */
export function onePerType(pages: readonly string[], typeOf: typeof pageType = pageType): string[] {
  const seen = new Set<string>();
  return pages.filter((p) => {
    const key = `${p.split('/')[1]} ${typeOf(p, pages)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
