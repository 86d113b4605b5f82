import { describe, expect, inject, it } from 'vitest';
import { etagOf } from '../../server/validators';

const origin = inject('origin');

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(origin + path, { redirect: 'manual', headers, signal: AbortSignal.timeout(10_000) });
  return { res, body: new Uint8Array(await res.arrayBuffer()) };
}

/**
 * Validators for caches (browsers, a CDN): each prerendered response carries the ETag computed at build time
 * (lib/build/manifest.ts, sent by proxy.ts), and a revalidation with it costs a 304 with no body.
 */
describe('ETag and 304 on prerendered responses', () => {
  it('a page’s ETag is the hash of the bytes it serves, and revalidating with it gets a 304 carrying the same headers', async () => {
    const { res, body } = await get('/zh/restoration');
    expect(res.status).toBe(200);
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{22}"$/);
    expect(etag).toBe(etagOf(body));

    const again = await get('/zh/restoration', { 'If-None-Match': etag! });
    expect(again.res.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.res.headers.get('etag')).toBe(etag);
    for (const h of ['cache-control', 'vary', 'content-security-policy', 'strict-transport-security'])
      expect(again.res.headers.get(h), h).toBe(res.headers.get(h));
    // A list, and the strong form of the same tag, match too (If-None-Match compares weakly).
    expect((await get('/zh/restoration', { 'If-None-Match': `"nope", ${etag!.slice(2)}` })).res.status).toBe(304);
  });

  it('the proxy sends a page with the bytes and headers Next.js itself sends for it', async () => {
    // With `?_rsc=` and no RSC header the proxy leaves the request to Next.js, which answers with the same page's HTML.
    for (const path of ['/zh/restoration', '/en/glossary']) {
      const proxy = await get(path);
      const next = await get(`${path}?_rsc=parity`);
      expect(next.res.headers.get('etag'), 'Next sends no ETag of its own (generateEtags: false)').toBeNull();
      expect(Buffer.from(proxy.body).equals(Buffer.from(next.body)), `${path} body`).toBe(true);
      for (const h of ['cache-control', 'vary', 'content-type', 'content-security-policy'])
        expect(proxy.res.headers.get(h), `${path} ${h}`).toBe(next.res.headers.get(h));
    }
  });

  it('the proxy’s 404 page carries the Cache-Control Next.js sends with its own 404', async () => {
    // With `?_rsc=` the proxy leaves a path with no page to Next.js, which answers it with its own not-found.
    for (const path of ['/zh/no-such-page', '/en/gallery/no-such-photo', '/no-such-page']) {
      const proxy = await get(path);
      const next = await get(`${path}?_rsc=parity`);
      expect([proxy.res.status, next.res.status], path).toEqual([404, 404]);
      expect(next.res.headers.get('cache-control'), `${path}: Next.js sent no Cache-Control with its 404`).toBeTruthy();
      expect(proxy.res.headers.get('cache-control'), path).toBe(next.res.headers.get('cache-control'));
    }
  });

  it('a route body’s 304 repeats the Cache-Control and Vary of its 200', async () => {
    for (const path of ['/qr/zh.svg', '/zh/feed.xml', '/sitemap.xml']) {
      const ok = await get(path);
      const again = await get(path, { 'If-None-Match': ok.res.headers.get('etag')! });
      expect(again.res.status, path).toBe(304);
      for (const h of ['etag', 'cache-control', 'vary']) expect(again.res.headers.get(h), `${path} ${h}`).toBe(ok.res.headers.get(h));
    }
  });

  it('a tag that is not the current one gets the full page', async () => {
    const zh = (await get('/zh/restoration')).res.headers.get('etag')!;
    const en = await get('/en/restoration');
    expect(en.res.headers.get('etag')).not.toBe(zh);
    // Negative control: another page's tag (as after a deploy changed the page) must not produce a 304.
    const stale = await get('/en/restoration', { 'If-None-Match': zh });
    expect(stale.res.status).toBe(200);
    expect(stale.body.length).toBe(en.body.length);
    expect((await get('/zh/restoration', { 'If-None-Match': 'W/"not-this-build"' })).res.status).toBe(200);
  });

  it('RSC payloads (same path, other bytes) carry no page ETag and are never answered 304 with it', async () => {
    const page = (await get('/zh/restoration')).res.headers.get('etag')!;
    const first = await get('/zh/restoration', { RSC: '1', 'If-None-Match': page });
    // Next.js sends an RSC request without its cache-busting `_rsc` parameter to the address with it.
    const location = first.res.headers.get('location');
    const rsc = location ? await get(new URL(location, origin).href.slice(origin.length), { RSC: '1', 'If-None-Match': page }) : first;
    expect(rsc.res.status).toBe(200);
    expect(rsc.res.headers.get('content-type')).toMatch(/text\/x-component/);
    expect(rsc.res.headers.get('etag')).not.toBe(page);
  });

  it('prerendered route bodies (feeds, the map drawing) get a validator too; pages rendered on request and 404s get none', async () => {
    const feed = await get('/zh/feed.xml');
    const etag = feed.res.headers.get('etag');
    expect(etag).toBe(etagOf(feed.body));
    expect((await get('/zh/feed.xml', { 'If-None-Match': etag! })).res.status).toBe(304);
    // The locator map's SVG file (app/[locale]/map.svg), an image every page showing the map asks for: a validator,
    // and an hour in the browser's cache like the QR codes (its address has no hash, so not a year).
    const map = await get('/en/map.svg');
    expect(map.res.status).toBe(200);
    expect(map.res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(map.res.headers.get('cache-control')).toBe('public, max-age=3600, s-maxage=31536000');
    expect(map.res.headers.get('etag')).toBe(etagOf(map.body));
    expect((await get('/en/map.svg', { 'If-None-Match': map.res.headers.get('etag')! })).res.status).toBe(304);
    expect((await get('/zh/map.svg', { 'If-None-Match': map.res.headers.get('etag')! })).res.status, 'the other locale’s drawing').toBe(
      200,
    );
    const search = await get('/en/search?q=alfalfa', { 'If-None-Match': '*' });
    expect(search.res.status).toBe(200);
    expect(search.res.headers.get('etag')).toBeNull();
    const missing = await get('/zh/no-such-page', { 'If-None-Match': '*' });
    expect(missing.res.status).toBe(404);
    expect(missing.res.headers.get('etag')).toBeNull();
  });
});
