/**
 * Gate: a request fuzz. Every route kind is sent every method, Range, precondition, content coding and router
 * header the site must answer, over raw HTTP/1.1 (fetch() refuses TRACE), and each answer is checked against what
 * RFC 9110 asks for: never a 5xx; 405 with `Allow` for methods the site does not serve; 206/416 or an ignored Range;
 * 412 for a failed If-Match or If-Unmodified-Since; a 304 for a matching If-None-Match carrying the same ETag,
 * Cache-Control and Vary as the 200 (§15.4.5); the status a route kind has (200, 404, a redirect) otherwise; and the
 * security headers on every answer. fuzz.test.ts runs it against the built site, and against a control server with
 * a route that answers 500, to show that it catches one.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { headerProblems } from './headers';
import type { Problem } from './types';

export type RouteKind = {
  /** What the route is, for the report. */
  name: string;
  path: string;
  /** Status of a plain GET: 200, 404, or a redirect status. */
  status: number;
  /** A file served with byte ranges (static chunks, public/). */
  ranges?: boolean;
  /** It has a validator: an ETag (If-None-Match, If-Match) or only a Last-Modified (If-Unmodified-Since). */
  validator?: 'etag' | 'last-modified';
  /** Rendered on request: RSC requests with router headers are sent here as well. */
  rsc?: boolean;
};

export type Reply = { status: number; headers: IncomingHttpHeaders; bytes: number };

/** One raw request: the method and headers exactly as given, the body read to its end. */
export function send(origin: string, method: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, method, path, headers: { connection: 'close', ...headers }, timeout: 15_000 },
      (res) => {
        let bytes = 0;
        res.on('data', (d: Buffer) => (bytes += d.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer in 15 s`)));
    req.on('error', reject);
    req.end();
  });
}

const methods = ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'MKCOL'];
const encodings = ['gzip', 'br', 'gzip;q=0, identity;q=0', '*;q=0', 'x-unknown'];
const trees = ['[]', '[null]', '[1]', '[["a"]]', '["",{"children":"y"}]', '%%%', '["",{}]'];

const asHeaders = (h: IncomingHttpHeaders) => {
  const out = new Headers();
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out.set(k, Array.isArray(v) ? v.join(', ') : v);
  return out;
};

/** Every request of the fuzz for one route kind, and what is wrong with the answers. */
export async function fuzzRoute(origin: string, route: RouteKind): Promise<{ problems: Problem[]; requests: number }> {
  const problems: Problem[] = [];
  let requests = 0;
  const where = (what: string) => `${route.name} ${what}`;
  const ask = async (method: string, headers: Record<string, string> = {}, path = route.path) => {
    requests++;
    const label = `${method} ${path} ${JSON.stringify(headers)}`;
    try {
      const reply = await send(origin, method, path, headers);
      if (reply.status >= 500) problems.push({ page: where(label), message: `answered ${reply.status}` });
      for (const p of headerProblems(asHeaders(reply.headers), label)) problems.push({ page: where(label), message: p.message });
      return reply;
    } catch (error) {
      problems.push({ page: where(label), message: `no answer: ${(error as Error).message}` });
      return undefined;
    }
  };
  const expect = (reply: Reply | undefined, label: string, ok: (r: Reply) => boolean, want: string) => {
    if (reply && !ok(reply)) problems.push({ page: where(label), message: `answered ${reply.status}, want ${want}` });
  };

  const base = await ask('GET');
  expect(base, 'GET', (r) => r.status === route.status, String(route.status));
  expect(await ask('HEAD'), 'HEAD', (r) => r.status === route.status && r.bytes === 0, `${route.status} without a body`);

  // A redirect may answer any method with itself (308 keeps the method, §15.4.9); the target then refuses it.
  const redirect = route.status >= 300 && route.status < 400;
  for (const method of methods)
    expect(
      await ask(method),
      method,
      (r) => (r.status === 405 && /\bGET\b/.test(String(r.headers.allow ?? ''))) || (redirect && r.status === route.status),
      '405 with Allow: GET, HEAD',
    );

  // Ranges (§14): a file serves a satisfiable single range with 206 and refuses an unsatisfiable one with 416 and
  // `Content-Range: bytes */length`; an invalid one is ignored (200). Everything else may ignore Range (200).
  const length = Number(base?.headers['content-length'] ?? base?.bytes ?? 0);
  const ranges: [string, number[]][] = [
    ['bytes=0-9', route.ranges ? [206] : [route.status]],
    ['bytes=999999999-', route.ranges ? [416] : [route.status]],
    ['bytes=-0', route.ranges ? [416] : [route.status]],
    ['bytes=abc', [route.status]],
    ['bytes=100-50', [route.status]],
    ['bytes=0-1,5-9', route.ranges ? [200, 206] : [route.status]],
    ['items=0-5', [route.status]],
  ];
  for (const [range, want] of ranges) {
    const r = await ask('GET', { range });
    expect(r, range, (x) => want.includes(x.status), want.join(' or '));
    if (r?.status === 416 && r.headers['content-range'] !== `bytes */${length}`)
      problems.push({ page: where(range), message: `416 with Content-Range ${r.headers['content-range']}, want bytes */${length}` });
  }

  // Preconditions (§13): only on a 2xx resource; a 404 or a redirect ignores them (§13.2.1).
  const positive = route.status >= 200 && route.status < 300;
  const etag = base?.headers.etag;
  const preconditions: [Record<string, string>, number[]][] = [
    [{ 'if-match': '*' }, [route.status]],
    [{ 'if-match': '"not-this"' }, positive && route.validator !== 'last-modified' ? [412] : [route.status]],
    // Only a representation with a modification date can fail If-Unmodified-Since (§13.1.4).
    [{ 'if-unmodified-since': 'Thu, 01 Jan 1970 00:00:00 GMT' }, positive && base?.headers['last-modified'] ? [412] : [route.status]],
    [{ 'if-none-match': '"not-this"' }, [route.status]],
    [{ 'if-none-match': '*' }, positive && route.validator ? [304] : positive ? [route.status, 304] : [route.status]],
  ];
  for (const [headers, want] of preconditions)
    expect(await ask('GET', headers), JSON.stringify(headers), (r) => want.includes(r.status), want.join(' or '));
  if (positive && route.validator === 'etag') {
    if (!etag) problems.push({ page: where('GET'), message: 'no ETag' });
    else {
      const revalidated = await ask('GET', { 'if-none-match': etag });
      expect(revalidated, 'If-None-Match: its ETag', (r) => r.status === 304, '304');
      for (const h of ['etag', 'cache-control', 'vary'] as const)
        if (revalidated && base && revalidated.headers[h] !== base.headers[h])
          problems.push({ page: where('304'), message: `${h} is ${revalidated.headers[h]}, the 200 had ${base.headers[h]}` });
    }
  }

  // Content codings: any Accept-Encoding gets the resource (identity is always acceptable to send, §12.5.3).
  for (const accept of encodings)
    expect(
      await ask('GET', { 'accept-encoding': accept }),
      accept,
      (r) => r.status === route.status || r.status === 406,
      String(route.status),
    );

  // Router headers, following Next's `_rsc` redirect as its client does.
  if (route.rsc || route.status === 200)
    for (const tree of trees) {
      const headers = { rsc: '1', 'next-router-state-tree': encodeURIComponent(tree) };
      let r = await ask('GET', headers);
      if (r && r.status === 307 && typeof r.headers.location === 'string' && r.headers.location.includes('_rsc='))
        r = await ask('GET', headers, new URL(r.headers.location, origin).pathname + new URL(r.headers.location, origin).search);
      expect(r, `RSC tree ${tree}`, (x) => x.status < 500, 'no 5xx');
    }
  return { problems, requests };
}
