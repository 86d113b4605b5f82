import { expect, inject, it } from 'vitest';
import { elementIds, internalUrl, startTags } from './site';

/**
 * Gate: every internal URL on every crawled page (href, src, srcset, including canonical and hreflang links on
 * the public origin and every /_next/image width) answers 2xx, or redirects to an internal page that does; and
 * every #fragment names an element on its target page.
 */
const origin = inject('origin');
const pages = inject('pages');

/** Attributes that hold URLs; content="" only for the meta tags that carry one (og:image, og:url, …). */
function urlsOf(html: string): string[] {
  const out: string[] = [];
  for (const { name, attrs } of startTags(html)) {
    for (const a of ['href', 'src', 'poster', 'action']) if (attrs[a]) out.push(attrs[a]);
    for (const a of ['srcset', 'imagesrcset'])
      if (attrs[a]) for (const part of attrs[a].split(/,\s+/)) out.push(part.trim().split(/\s+/)[0]!);
    if (
      name === 'meta' &&
      attrs.content &&
      /^(og:(image|image:url|image:secure_url|url)|twitter:image)$/.test(attrs.property ?? attrs.name ?? '')
    )
      out.push(attrs.content);
  }
  return out;
}

/** Runs `fn` over `items` with at most `n` at once. */
async function pool<T>(items: T[], n: number, fn: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: n }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item);
    }),
  );
}

it('every internal link, image and asset answers, and every #fragment exists', { timeout: 600_000 }, async () => {
  expect(pages.length).toBeGreaterThanOrEqual(8);
  const usedOn = new Map<string, Set<string>>(); // url without fragment → pages that use it
  const fragments = new Map<string, Set<string>>(); // "url#id" → pages that use it
  await pool(pages, 4, async (page) => {
    const html = await (await fetch(origin + page)).text();
    for (const raw of urlsOf(html)) {
      const url = internalUrl(raw, origin + page, origin);
      if (!url) continue;
      const hash = decodeURIComponent(url.hash.slice(1));
      url.hash = '';
      const key = url.pathname + url.search;
      if (!usedOn.has(key)) usedOn.set(key, new Set());
      usedOn.get(key)!.add(page);
      if (hash) {
        const f = `${key}#${hash}`;
        if (!fragments.has(f)) fragments.set(f, new Set());
        fragments.get(f)!.add(page);
      }
    }
  });

  const broken: string[] = [];
  const ids = new Map<string, Set<string>>(); // HTML targets of fragments → their element ids
  const on = (key: string) => [...(usedOn.get(key) ?? [])].slice(0, 3).join(', ') + ((usedOn.get(key)?.size ?? 0) > 3 ? ', …' : '');
  const needIds = new Set([...fragments.keys()].map((f) => f.slice(0, f.lastIndexOf('#'))));
  await pool([...usedOn.keys()], 6, async (key) => {
    let res = await fetch(origin + key, { redirect: 'manual' });
    if (res.status >= 300 && res.status < 400) {
      const location = res.headers.get('location') ?? '';
      const target = internalUrl(location, origin + key, origin);
      if (!target) return void broken.push(`${key} → ${res.status} to ${location || 'nowhere'} (not an internal page), on ${on(key)}`);
      res = await fetch(target, { redirect: 'manual' });
      if (res.status < 200 || res.status >= 300) return void broken.push(`${key} → ${location} → ${res.status}, on ${on(key)}`);
    } else if (res.status < 200 || res.status >= 300) {
      await res.body?.cancel();
      return void broken.push(`${key} → ${res.status}, on ${on(key)}`);
    }
    if (needIds.has(key)) ids.set(key, elementIds(await res.text()));
    else await res.body?.cancel();
  });

  for (const [f, from] of fragments) {
    const at = f.lastIndexOf('#');
    const target = ids.get(f.slice(0, at));
    if (target && !target.has(f.slice(at + 1)))
      broken.push(`${f}: no element with id="${f.slice(at + 1)}" on ${f.slice(0, at)}, linked from ${[...from].slice(0, 3).join(', ')}`);
  }
  console.log(`links: ${usedOn.size} internal URLs and ${fragments.size} fragments checked on ${pages.length} pages`);
  expect(broken.length, `${broken.length} broken internal link(s):\n${broken.sort().join('\n')}`).toBe(0);
});
