/**
 * Gate: every internal URL on every page (href, src, srcset, poster, action; canonical, hreflang and og URLs on
 * the public origin; every /_next/image width) answers 2xx, or redirects to an internal URL that does; every
 * #fragment names an element on its target page. A page that yields no internal URL, or whose canonical URL does
 * not map back to the site (SITE_URL at build time differing from the one the gate reads), is a problem too: a
 * gate that finds nothing to check must not pass.
 */
import { elementIds, parse, urlsOf } from './parse';
import type { Problem } from './types';

export interface LinkGateOptions {
  /** Where the pages are served (the test server). */
  origin: string;
  /** The origin absolute URLs are written with (canonical, hreflang, og:url); mapped to `origin`. */
  publicOrigin: string;
  /** Fetches a URL without following redirects (the real fetch, or a fake one in the control). */
  fetch?: (url: string) => Promise<Response>;
  concurrency?: number;
}

/** A URL on `origin`, or on the public origin mapped to `origin`; undefined for other hosts and non-URLs. */
export function internalUrl(raw: string, base: string, origin: string, publicOrigin: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return undefined;
  }
  if (url.origin === publicOrigin) url = new URL(url.pathname + url.search + url.hash, origin);
  return url.origin === origin ? url : undefined;
}

/** Runs `fn` over `items` with at most `n` at once. */
export async function pool<T>(items: readonly T[], n: number, fn: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: n }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item);
    }),
  );
}

export async function linkGate(
  pages: readonly { path: string; html: string }[],
  { origin, publicOrigin, fetch: get = (url) => fetch(url, { redirect: 'manual' }), concurrency = 6 }: LinkGateOptions,
): Promise<{ problems: Problem[]; urls: number; fragments: number }> {
  const problems: Problem[] = [];
  if (pages.length === 0) problems.push({ page: '(none)', message: 'no pages to check' });
  const usedOn = new Map<string, Set<string>>(); // url without fragment → pages that use it
  const fragments = new Map<string, Set<string>>(); // "url#id" → pages that use it
  for (const page of pages) {
    const $ = parse(page.html);
    let internal = 0;
    for (const raw of urlsOf($)) {
      const url = internalUrl(raw, origin + page.path, origin, publicOrigin);
      if (!url) continue;
      internal++;
      const hash = decodeURIComponent(url.hash.slice(1));
      url.hash = '';
      const key = url.pathname + url.search;
      if (!usedOn.has(key)) usedOn.set(key, new Set());
      usedOn.get(key)!.add(page.path);
      if (hash) {
        const f = `${key}#${hash}`;
        if (!fragments.has(f)) fragments.set(f, new Set());
        fragments.get(f)!.add(page.path);
      }
    }
    if (internal === 0) problems.push({ page: page.path, message: 'no internal URL found on the page (nothing to check)' });
    const canonical = $('link[rel="canonical"]').attr('href');
    if (canonical && !internalUrl(canonical, origin + page.path, origin, publicOrigin))
      problems.push({
        page: page.path,
        message: `canonical ${canonical} does not map to this site (SITE_URL at build time: ${publicOrigin}?)`,
      });
  }

  const ids = new Map<string, Set<string>>(); // HTML targets of fragments → their element ids
  const on = (key: string) => [...(usedOn.get(key) ?? [])].slice(0, 3).join(', ') + ((usedOn.get(key)?.size ?? 0) > 3 ? ', …' : '');
  const broken = (key: string, message: string) => problems.push({ page: on(key), message: `${key} ${message}` });
  const needIds = new Set([...fragments.keys()].map((f) => f.slice(0, f.lastIndexOf('#'))));
  await pool([...usedOn.keys()], concurrency, async (key) => {
    let res = await get(origin + key);
    if (res.status >= 300 && res.status < 400) {
      const location = res.headers.get('location') ?? '';
      const target = internalUrl(location, origin + key, origin, publicOrigin);
      await res.body?.cancel();
      if (!target) return void broken(key, `→ ${res.status} to ${location || 'nowhere'} (not an internal URL)`);
      res = await get(target.href);
      if (res.status < 200 || res.status >= 300) {
        await res.body?.cancel();
        return void broken(key, `→ ${location} → ${res.status}`);
      }
    } else if (res.status < 200 || res.status >= 300) {
      await res.body?.cancel();
      return void broken(key, `→ ${res.status}`);
    }
    if (needIds.has(key)) ids.set(key, elementIds(parse(await res.text())));
    else await res.body?.cancel();
  });

  for (const [f, from] of fragments) {
    const at = f.lastIndexOf('#');
    const target = ids.get(f.slice(0, at));
    if (target && !target.has(f.slice(at + 1)))
      problems.push({
        page: [...from].slice(0, 3).join(', '),
        message: `${f}: no element with id="${f.slice(at + 1)}" on ${f.slice(0, at)}`,
      });
  }
  return { problems, urls: usedOn.size, fragments: fragments.size };
}
