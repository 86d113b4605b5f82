import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { commonSecurityHeaders, filePolicy, frameworkResponseHeaders } from '../../security/headers';
import { fuzzRoute, type RouteKind } from '../gates/http-fuzz';
import { parse } from '../gates/parse';
import { describeProblems } from '../gates/types';
import { serverRuntimes } from '../image-node';
import { repoRoot, startServer, type RunningServer } from '../serve';

const origin = inject('origin');
/** The Node the image runs (lib/testing/image-node.ts): the fuzz and the second servers here run under it. */
const imageRuntime = serverRuntimes().at(-1)!;

/**
 * The first file of each non-image type in public/ (none today: only JPEG and PNG), as a URL path. A text type there
 * is one Next may compress, which is what the patch's `Vary` guess must agree with.
 */
function publicTextFiles(dir = path.join(repoRoot, 'public')): string[] {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => path.relative(dir, path.join(f.parentPath, f.name)).split(path.sep).join('/'));
  const byType = new Map<string, string>();
  for (const file of files.sort()) {
    const ext = path.extname(file).toLowerCase();
    if (!/^\.(jpe?g|png|webp|avif|gif|ico)$/.test(ext) && !byType.has(ext)) byType.set(ext, `/${file}`);
  }
  return [...byType.values()];
}

/** One of each kind of address the site answers, with the status a plain GET gets. */
async function routeKinds(server: string): Promise<RouteKind[]> {
  const page = await fetch(`${server}/zh/restoration`).then((r) => r.text());
  const chunk = /\/_next\/static\/[^"'&\s]+\.js/.exec(page)?.[0];
  if (!chunk) throw new Error('no static chunk named in /zh/restoration');
  // A stylesheet too: the patch decides by MIME type which static files Next compresses (patch-next.mjs
  // `sitePatchCompressible`) to give their 304s `Vary: Accept-Encoding`; each text type served is compared here.
  const css = /\/_next\/static\/[^"'&\s]+\.css/.exec(page)?.[0];
  if (!css) throw new Error('no stylesheet chunk named in /zh/restoration');
  return [
    { name: 'article', path: '/zh/restoration', status: 200, validator: 'etag' },
    { name: 'home', path: '/en', status: 200, validator: 'etag' },
    { name: 'photo page', path: '/en/gallery/forest-pv-belt', status: 200, validator: 'etag' },
    { name: 'search', path: '/en/search?q=mine', status: 200, rsc: true },
    { name: 'empty search', path: '/zh/search', status: 200, rsc: true },
    { name: 'feed', path: '/zh/feed.xml', status: 200, validator: 'etag' },
    // The largest download, a prerendered route body like the feed, and like it sent whole: Next answers a Range
    // with the full 200, which RFC 9110 §14.2 allows (a server may ignore Range). Its type is one Next does not
    // compress, so its 304 must not vary on Accept-Encoding either (lib/build/manifest.ts `nextCompresses`).
    { name: 'illustrations archive', path: '/illustrations.zip', status: 200, validator: 'etag' },
    { name: 'QR code', path: '/qr/zh.svg', status: 200, validator: 'etag' },
    { name: 'sitemap', path: '/sitemap.xml', status: 200, validator: 'etag' },
    { name: 'static chunk', path: chunk, status: 200, ranges: true, validator: 'etag' },
    { name: 'photo file', path: '/photos/vineyards.jpg', status: 200, ranges: true, validator: 'etag' },
    { name: 'icon file', path: '/icons/icon-192.png', status: 200, ranges: true, validator: 'etag' },
    { name: 'stylesheet chunk', path: css, status: 200, ranges: true, validator: 'etag' },
    ...publicTextFiles().map((file): RouteKind => ({
      name: `public text file ${file}`,
      path: file,
      status: 200,
      ranges: true,
      validator: 'etag',
    })),
    { name: 'health check', path: '/healthz', status: 200 },
    { name: 'locale redirect', path: '/', status: 307 },
    { name: 'content redirect', path: '/zh/industry', status: 308 },
    { name: 'trailing slash', path: '/zh/restoration/', status: 308 },
    { name: 'repeated slash', path: '/zh//restoration', status: 308 },
    { name: 'locale 404', path: '/zh/no-such-page', status: 404 },
    { name: 'root 404', path: '/no-such-page', status: 404 },
    { name: 'internal not-found', path: '/_not-found', status: 404 },
    { name: 'internal global-error', path: '/_global-error', status: 404 },
    { name: 'intercepting route file', path: '/en/(.)gallery/forest-pv-belt', status: 404 },
    { name: 'encoded slash alias', path: '/zh%2Frestoration', status: 404 },
    { name: 'encoded letter alias', path: '/%7Ah/restoration', status: 404 },
    { name: 'encoded letter in a section', path: '/zh/%72estoration', status: 404 },
    { name: 'encoded trailing slash', path: '/zh/restoration%2F', status: 404 },
  ];
}

describe('the fuzz’s route kinds', () => {
  it('take one file of each non-image type in public/ (control: a folder with SVG and JSON beside photos)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'public-'));
    try {
      for (const f of ['a.jpg', 'b.svg', 'c/d.json', 'c/e.svg', 'f.PNG']) {
        mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
        writeFileSync(path.join(dir, f), '');
      }
      expect(publicTextFiles(dir)).toEqual(['/b.svg', '/c/d.json']);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

// On a server of its own under the image's Node: Node's own answers (malformed requests, the patch's responder) are
// what production sends, and every other test here runs this machine's Node.
describe(`request fuzz under ${imageRuntime.name}: every route kind × methods, ranges, preconditions, codings and router headers`, () => {
  let fuzzed: RunningServer;
  beforeAll(async () => {
    fuzzed = await startServer({ node: imageRuntime.node() });
  }, 90_000);
  afterAll(() => fuzzed?.stop());

  it('no 5xx, and the status RFC 9110 asks for', { timeout: 180_000 }, async () => {
    const problems = [];
    let requests = 0;
    for (const route of await routeKinds(fuzzed.origin)) {
      const result = await fuzzRoute(fuzzed.origin, route);
      problems.push(...result.problems);
      requests += result.requests;
    }
    console.log(`request fuzz: ${requests} requests, ${problems.length} problem(s)`);
    expect(problems.length, describeProblems('request fuzz', problems)).toBe(0);
    expect(requests).toBeGreaterThan(500);
  });
});

describe('a burst of searches beyond the render queue', () => {
  it('is answered in full: each search gets its results or a prompt 503 with Retry-After, none hangs', { timeout: 120_000 }, async () => {
    const started = Date.now();
    const replies = await Promise.all(
      Array.from({ length: 80 }, (_, i) =>
        fetch(`${origin}/en/search?q=${encodeURIComponent(`mine ${i}`)}`, { signal: AbortSignal.timeout(60_000) }).then(async (r) => ({
          status: r.status,
          retryAfter: r.headers.get('retry-after'),
          bytes: (await r.arrayBuffer()).byteLength,
        })),
      ),
    );
    const busy = replies.filter((r) => r.status === 503);
    console.log(`search burst: 80 at once, ${replies.length - busy.length} × 200, ${busy.length} × 503, ${Date.now() - started} ms`);
    for (const r of replies) expect([200, 503]).toContain(r.status);
    for (const r of busy) expect(Number(r.retryAfter)).toBeGreaterThan(0);
    expect(replies.some((r) => r.status === 200)).toBe(true);
  });
});

describe('the search gate’s 503, negative control: a second server whose gate a test preload fills after one search', () => {
  let full: RunningServer;
  beforeAll(async () => {
    full = await startServer({ preload: ['gate-full-after-first.mjs'], node: imageRuntime.node() });
  }, 90_000);
  afterAll(() => full?.stop());

  it('answers the next search 503 with Retry-After there, while its pages still get 200 and the normal server answers the search', async () => {
    const search = '/en/search?q=mine';
    // The page takes the slot that fills the gate and the proxy answers the 503: both must see one gate, or this is a 200.
    expect((await fetch(`${full.origin}/en/search?q=coal`)).status).toBe(200);
    const busy = await fetch(`${full.origin}${search}`, { signal: AbortSignal.timeout(20_000) });
    expect(busy.status).toBe(503);
    expect(Number(busy.headers.get('retry-after'))).toBeGreaterThan(0);
    for (const { key } of commonSecurityHeaders) expect(busy.headers.has(key), key).toBe(true);
    expect((await fetch(`${full.origin}/zh/search`)).status).toBe(503);
    // A query rendered before is answered from the page cache, which needs no render slot.
    const cached = await fetch(`${full.origin}/en/search?q=%20coal%20`);
    expect(cached.status).toBe(200);
    expect(await cached.text()).toContain('<main');
    const health = (await fetch(`${full.origin}/healthz`).then((r) => r.json())) as { searchCache: { hits: number; pages: number } };
    expect(health.searchCache).toMatchObject({ hits: 1, pages: 1 });
    expect((await fetch(`${full.origin}/en/restoration`)).status).toBe(200);
    expect((await fetch(`${full.origin}/zh`)).status).toBe(200);
    expect(full.log()).toContain('test preload: search gate full from now on');
    const normal = await fetch(`${origin}${search}`);
    expect(normal.status).toBe(200);
    expect(await normal.text()).toContain('<main');
  });
});

describe('the search page cache (lib/search/page-cache.ts)', () => {
  const nonces = (html: string) => [...html.matchAll(/nonce(?:="|\\":\\")([A-Za-z0-9+/=]+)/g)].map((m) => m[1]);
  const policyNonce = (r: Response) => /'nonce-([^']+)'/.exec(r.headers.get('content-security-policy') ?? '')?.[1];

  it('answers a repeated query with the same page and a nonce of its own, which every script and the policy share', async () => {
    const answers = await Promise.all(
      ['q=terraces', 'q=terraces', 'q=%20terraces'].map(async (q) => {
        const r = await fetch(`${origin}/en/search?${q}`);
        return { status: r.status, policy: policyNonce(r), html: await r.text() };
      }),
    );
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(a.policy).toBeTruthy();
      expect(nonces(a.html).length).toBeGreaterThan(3);
      expect(new Set(nonces(a.html))).toEqual(new Set([a.policy]));
    }
    expect(new Set(answers.map((a) => a.policy)).size).toBe(3);
    const [first, ...rest] = answers.map((a) => a.html.replaceAll(a.policy!, 'N'));
    for (const html of rest) expect(html).toBe(first);
  });

  it('treats a forged fill header as an ordinary search (no render bypasses the cache or the gate by asking)', async () => {
    const before = (await fetch(`${origin}/healthz`).then((r) => r.json())) as { searchCache: { hits: number } };
    const r = await fetch(`${origin}/en/search?q=terraces`, { headers: { 'x-search-fill': '00000000-0000-4000-8000-000000000000' } });
    expect(r.status).toBe(200);
    const after = (await fetch(`${origin}/healthz`).then((r) => r.json())) as { searchCache: { hits: number; direct: number } };
    expect(after.searchCache.hits).toBe(before.searchCache.hits + 1);
    // The server reached itself at the origin Next.js recorded (lib/search/page-cache.ts serverOrigin).
    expect(after.searchCache.direct).toBe(0);
  });

  it('negative control: the nonce check reports a page whose scripts carry another nonce than its policy', () => {
    const html = '<script nonce="AAAA1111">x</script><script nonce="BBBB2222">y</script>';
    expect(new Set(nonces(html))).not.toEqual(new Set(['AAAA1111']));
  });
});

/**
 * What the page cache rests on, pinned on a server that cannot reach itself (a test preload refuses its fill
 * requests), so every search there is rendered by Next.js: it still answers each search, logs the failure once,
 * stores nothing; and two renders of one query differ only in their nonce, which Next.js copied from the request's
 * policy onto every script (and in the order and numbering of the payload's rows, which React sets by timing, not by
 * the request). Should either stop holding, a cached page would be wrong, and this fails.
 */
describe('the search page cache’s assumptions, on a server that cannot reach itself (test preload)', () => {
  let direct: RunningServer;
  beforeAll(async () => {
    direct = await startServer({ preload: ['no-loopback.mjs'], node: imageRuntime.node() });
  }, 90_000);
  afterAll(() => direct?.stop());
  const scriptNonces = (html: string) => [...html.matchAll(/nonce(?:="|\\":\\")([A-Za-z0-9+/=]+)/g)].map((m) => m[1]);
  /** A page with its nonce replaced: its HTML outside the RSC payload, and the payload's rows, sorted, ids left out. */
  const content = (html: string, nonce: string) => {
    const $ = parse(html.replaceAll(nonce, 'N'));
    const payload: string[] = [];
    $('script').each((_, el) => {
      const text = $(el).text();
      const row = /^self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)$/.exec(text);
      if (row) payload.push(JSON.parse(row[1]!) as string);
      if (row) $(el).remove();
    });
    // Row ids are handed out in the order the parts resolve (timing), so rows are compared without them.
    const anonymous = (row: string) => row.replace(/^[0-9a-f]+:/, '#:').replace(/"\$([A-Za-z@]?)[0-9a-f]+(?=[":])/g, '"$$$1#');
    return {
      page: $.html(),
      rows: payload
        .join('')
        .split(/\n(?=[0-9a-f]*:)/)
        .map(anonymous)
        .sort(),
    };
  };

  it('renders every search directly, logs once, and two renders differ only in the nonce Next copied from the policy', async () => {
    const renders = [];
    for (const q of ['q=terraces', 'q=terraces', 'q=coal']) {
      const r = await fetch(`${direct.origin}/en/search?${q}`);
      const policy = /'nonce-([^']+)'/.exec(r.headers.get('content-security-policy') ?? '')?.[1];
      const html = await r.text();
      expect(r.status).toBe(200);
      expect(policy).toBeTruthy();
      expect(scriptNonces(html).length).toBeGreaterThan(3);
      expect(new Set(scriptNonces(html))).toEqual(new Set([policy]));
      renders.push({ policy: policy!, html });
    }
    const [a, b, other] = renders as [(typeof renders)[0], (typeof renders)[0], (typeof renders)[0]];
    expect(a.policy).not.toBe(b.policy);
    expect(content(a.html, a.policy).rows.length).toBeGreaterThan(10);
    expect(content(a.html, a.policy)).toEqual(content(b.html, b.policy));
    // Control: another query's page is not the same page.
    expect(content(other.html, other.policy)).not.toEqual(content(a.html, a.policy));
    const health = (await fetch(`${direct.origin}/healthz`).then((r) => r.json())) as { searchCache: Record<string, number> };
    expect(health.searchCache).toMatchObject({ pages: 0, hits: 0, direct: 3 });
    expect(direct.log().split('could not reach itself').length - 1).toBe(1);
  });
});

/** Raw bytes to the server and the response head it writes back (Node's own answers never reach a handler). */
function raw(request: string): Promise<string> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(request));
    let data = '';
    socket.on('data', (d) => (data += d));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer')));
  });
}

describe('requests Node.js refuses before Next.js sees them carry the security headers too', () => {
  it.each([
    ['a header section too large', 431, `GET /zh HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`],
    ['a malformed request line', 400, 'GET /zh HTTP/9.9 extra\r\nHost: x\r\n\r\n'],
    ['a bare CR in a header', 400, 'GET /zh HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n'],
  ] as const)('%s → %i', async (_label, status, request) => {
    const head = (await raw(request)).split('\r\n\r\n')[0]!;
    expect(head.split('\r\n')[0]).toBe(`HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}`);
    // The site's own values, which the patch reads from the running server (instrumentation.ts), not its default.
    for (const [header, value] of Object.entries(frameworkResponseHeaders))
      expect(`${head}\r\n`, header).toContain(`${header}: ${value}\r\n`);
  });
});

/**
 * The control: a server that exists only inside this test, answering like a well-behaved file server except that an
 * unsatisfiable Range gets a 500 (the upstream bug the site works around). The same fuzz must report it.
 */
describe('the fuzz catches a 500 (control server, test-only)', () => {
  let server: Server;
  let control: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      for (const { key, value } of commonSecurityHeaders) res.setHeader(key, value);
      res.setHeader('Content-Security-Policy', filePolicy);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      if (req.headers.range === 'bytes=999999999-') {
        res.writeHead(500).end('Internal Server Error');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' }).end(req.method === 'HEAD' ? undefined : 'ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    control = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reports the 500 and nothing it should not', async () => {
    const { problems } = await fuzzRoute(control, { name: 'control', path: '/file', status: 200 });
    expect(problems.map((p) => p.message)).toContain('answered 500');
    expect(problems.filter((p) => p.message === 'answered 500').map((p) => p.page)).toEqual([
      'control GET /file {"range":"bytes=999999999-"}',
    ]);
  });
});
