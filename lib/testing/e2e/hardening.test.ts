import { describe, expect, inject, it } from 'vitest';

import { etagOf } from '../../server/validators';
import { headerProblems } from '../gates/headers';
import { describeProblems } from '../gates/types';
import { sharedBrowser, switchIsInteractive } from './browser';

const origin = inject('origin');

async function get(path: string, init: RequestInit = {}) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 10_000);
  try {
    const res = await fetch(origin + path, { redirect: 'manual', ...init, signal: controller.signal });
    await res.arrayBuffer();
    return res;
  } finally {
    clearTimeout(timer);
  }
}

/** The header gate (lib/testing/gates/headers.ts, with its control) on one response. */
function expectSecurityHeaders(headers: Headers, where: string) {
  const problems = headerProblems(headers, where);
  expect(problems.length, describeProblems('headers', problems)).toBe(0);
}

describe('security headers on every kind of response', () => {
  it('pages, redirects, 404s, RSC payloads, files, images, chunks and the health check', async () => {
    const page = await fetch(`${origin}/zh/restoration`).then((r) => r.text());
    const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(page)?.[1];
    expect(chunk).toBeTruthy();
    const cases: [string, RequestInit?][] = [
      ['/zh/restoration'],
      ['/en'],
      ['/'],
      ['/zh/no-such-page'],
      ['/fr'],
      ['/zh/restoration', { headers: { RSC: '1' } }],
      ['/photos/vineyards.jpg'],
      ['/zh/map.svg'],
      ['/_next/image?url=%2Fphotos%2Fvineyards.jpg&w=480&q=75', { headers: { Accept: 'image/webp' } }],
      [chunk!],
      ['/healthz'],
      ['/zh/restoration', { method: 'POST' }],
    ];
    for (const [path, init] of cases) expectSecurityHeaders((await get(path, init)).headers, `${init?.method ?? 'GET'} ${path}`);
  });

  it('prerendered pages stay static and get exactly their own inline-script hashes', async () => {
    // Static: two requests get the same bytes (no per-request nonce), the ones the build's ETag was computed from.
    const load = async () => {
      const r = await fetch(origin + '/en/industries', { signal: AbortSignal.timeout(10_000) });
      return { res: r, body: new Uint8Array(await r.arrayBuffer()) };
    };
    const [first, second] = [await load(), await load()];
    expect(Buffer.from(second.body).equals(Buffer.from(first.body))).toBe(true);
    expect(first.res.headers.get('etag')).toBe(etagOf(first.body));
    const res = first.res;
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toMatch(/'sha256-[A-Za-z0-9+/=]{44}'/);
    expect(csp).not.toMatch(/nonce-/);
  });
});

describe('bad input never produces a 5xx or a hang', () => {
  const paths = [
    '/zh/%E0%A4%A',
    '/%',
    '/zh/restoration/%c0%ae%c0%ae/',
    '/zh/..%2f..%2fetc%2fpasswd',
    '/zh/%2e%2e/%2e%2e/etc/passwd',
    '/zh%5c..%5cwindows',
    '/photos/..%2f..%2fpackage.json',
    '/' + 'a'.repeat(5000),
    '/zh/' + '中'.repeat(2000),
    '/xx',
    '/zh-Hant',
    '/_next/image?url=%2F..%2F..%2Fetc%2Fpasswd&w=640&q=75',
    '/_next/image?url=https%3A%2F%2Fexample.com%2Fa.jpg&w=480&q=75',
    '/_next/image?url=%2Fphotos%2Fvineyards.jpg&w=9999&q=75',
    '/_next/image?url=%2Fphotos%2Fvineyards.jpg&w=480&q=100',
    '/_next/image?url=%2Fphotos%2Fnope.jpg&w=480&q=75',
    '/_next/image?url=%2Fphotos%2Fvineyards.jpg',
    '/_next/static/..%2f..%2fpackage.json',
  ];
  it.each(paths.map((p) => [p.length > 80 ? `${p.slice(0, 60)}… (${p.length} chars)` : p, p]))('GET %s', async (_label, path) => {
    const res = await get(path);
    expect(res.status).toBeGreaterThanOrEqual(300);
    expect(res.status).toBeLessThan(500);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('%s is refused with 405 and Allow', async (method) => {
    for (const path of ['/zh', '/zh/restoration', '/', '/healthz']) {
      const res = await get(path, { method, body: method === 'DELETE' ? undefined : 'x=1' });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
    }
  });

  it('a very long query string is answered without error', async () => {
    const res = await get('/zh?' + 'q='.padEnd(8000, 'x'));
    expect(res.status).toBeLessThan(500);
  });

  it('HEAD works', async () => {
    const res = await get('/en/targets', { method: 'HEAD' });
    expect(res.status).toBe(200);
  });

  it('junk headers are answered calmly', async () => {
    const junk: Record<string, string>[] = [
      { 'accept-language': '\u00ff'.repeat(3000) },
      { 'accept-language': 'en;q=abc, *;q=-1, zh;q=1.5' },
      { cookie: 'NEXT_LOCALE=../../etc; a=%%%; ' + 'x'.repeat(3000) },
      { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
      { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
      { 'next-action': 'abc123' },
      { RSC: '1', 'next-router-state-tree': '%%%not-json' },
      { RSC: '1', 'next-router-state-tree': encodeURIComponent('{"a":1}') },
      { RSC: '1', 'next-router-prefetch': '1', 'next-router-segment-prefetch': '/../../x' },
      { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'javascript' },
    ];
    for (const headers of junk) {
      for (const path of ['/', '/zh', '/en/restoration']) {
        const res = await get(path, { headers });
        expect(res.status, `${JSON.stringify(headers).slice(0, 80)} ${path}`).toBeLessThan(500);
      }
    }
  });

  it('a forged x-middleware-subrequest does not skip the proxy', async () => {
    const res = await get('/', { headers: { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy', 'accept-language': 'en' } });
    expect(res.status).toBe(307);
    expect(res.headers.get('content-security-policy')).toBeTruthy();
  });

  it('the server still answers after all of that', async () => {
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(await fetch(`${origin}/zh`).then((r) => r.status)).toBe(200);
  });
});

describe('the strict policy does not break the pages', () => {
  const browser = sharedBrowser();

  it.each(['/zh', '/en/restoration', '/zh/industries', '/en/targets', '/zh/no-such-page'])(
    '%s hydrates with no CSP violation',
    async (path) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      // Hydrated under the policy: the language switch answers with its client handler.
      let hydrated = false;
      for (const deadline = Date.now() + 15_000; !hydrated && Date.now() < deadline; await page.waitForTimeout(250))
        hydrated = await switchIsInteractive(page);
      expect(problems).toEqual([]);
      expect(hydrated).toBe(true);
      await context.close();
    },
  );
});

describe('an SVG file opened on its own', () => {
  const browser = sharedBrowser();

  /** Each drawn element's computed fill and stroke in this colour scheme, and the console errors on the way. */
  async function paints(colorScheme: 'light' | 'dark') {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const res = await page.goto(`${origin}/en/map.svg`);
    const csp = res?.headers()['content-security-policy'] ?? '';
    const colours = await page.evaluate(() =>
      [...document.querySelectorAll('svg *')].map((el) => `${getComputedStyle(el).fill} ${getComputedStyle(el).stroke}`),
    );
    await context.close();
    return { csp, errors, colours };
  }

  it('the locator map takes its dark colours from its own <style> under the file policy, with no violation', async () => {
    const [light, dark] = [await paints('light'), await paints('dark')];
    expect(dark.csp).toContain("script-src 'none'");
    expect(dark.errors).toEqual([]);
    expect(light.colours.length).toBeGreaterThan(10);
    // The same elements, painted differently: the dark block applied (blocked, both would be the light colours).
    const changed = dark.colours.filter((c, i) => c !== light.colours[i]).length;
    expect(changed).toBeGreaterThan(light.colours.length / 2);
  });
});
