import { NextResponse, type NextRequest } from 'next/server';
import { negotiateLocale } from './lib/i18n/negotiate';
import { isLocale, type Locale } from './lib/i18n/routing';
import { allowedMethods, rejectRequest } from './lib/security/guard';
import { contentSecurityPolicy, filePolicy, secure } from './lib/security/headers';
import { missingInLocale, notFoundPage } from './lib/security/not-found';
import { notFoundHashes, prerendered, prerenderedPage } from './lib/security/policy-store';
import { noteServedOrigin } from './lib/share/origin';

const dev = process.env.NODE_ENV === 'development';

function reject(status: number): NextResponse {
  const response = new NextResponse(status === 405 ? 'Method Not Allowed\n' : `${status}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
  if (status === 405) response.headers.set('Allow', allowedMethods.join(', '));
  return secure(response, filePolicy);
}

/** Built once per path: a page's policy only depends on its hashes, which are fixed for the build. */
const pagePolicies = new Map<string, string>();
function pagePolicy(path: string, hashes: readonly string[]): string {
  let policy = pagePolicies.get(path);
  if (policy === undefined) pagePolicies.set(path, (policy = contentSecurityPolicy({ hashes })));
  return policy;
}

/**
 * What Next.js sends with a prerendered page (revalidate: false) and the Vary of an App Router response (plus
 * Accept-Encoding from its compression); a 304 must carry the headers the 200 would have (RFC 9110 §15.4.5).
 * lib/testing/e2e/caching.test.ts compares them.
 */
const pageCacheControl = 's-maxage=31536000';
const appVary = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding';

/** If-None-Match with weak comparison (RFC 9110 §13.1.2); `*` matches any current representation. */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}

/** What Next.js sends with its own 404 page: never stored, so a page added later is not hidden by a cached 404. */
const notFoundCacheControl = 'private, no-cache, no-store, max-age=0, must-revalidate';

/**
 * The prerendered 404 page of the path's locale, with status 404 and that page's own script hashes; undefined when
 * the build has none (then Next.js answers with its root not-found).
 */
function localeNotFound(locale: Locale, method: string): NextResponse | undefined {
  const html = prerenderedPage(notFoundPage(locale));
  const hashes = prerendered(notFoundPage(locale))?.hashes;
  if (html === null || !hashes) return undefined;
  const response = new NextResponse(method === 'HEAD' ? null : (html as BodyInit), {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': notFoundCacheControl },
  });
  return secure(response, pagePolicy(notFoundPage(locale), hashes));
}

/**
 * In front of every request except hashed static chunks:
 * 1. refuses bad input with a 4xx (guard.ts);
 * 2. `/` → `/zh` or `/en` (saved choice, then Accept-Language, then Chinese; 307 since it depends on the reader);
 * 3. sends each page a Content-Security-Policy: prerendered pages allow exactly the hashes of their own inline
 *    scripts (so they stay static); anything rendered on request gets a fresh nonce, which Next.js reads from the
 *    request's CSP header and puts on its scripts;
 * 4. gives every prerendered page and route body the ETag computed at build time (csp-manifest.ts), and answers
 *    a matching If-None-Match with a 304 itself, so nothing hashes the body per request (`generateEtags: false`).
 *    RSC payloads share the page's path but not its bytes: they get no ETag;
 * 5. answers a path under /zh or /en that has no page with the prerendered 404 page of that locale (not-found.ts).
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const status = rejectRequest(request.method, pathname, searchParams, request.headers);
  if (status) return reject(status);
  // A build for another origin than this one ships dead links: logged once, reported by /healthz (lib/share/origin.ts).
  noteServedOrigin(request.headers, request.url, pathname);

  if (pathname === '/') {
    const saved = request.cookies.get('NEXT_LOCALE')?.value;
    const locale = isLocale(saved) ? saved : negotiateLocale(request.headers.get('accept-language'));
    const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
    response.headers.set('Vary', 'Accept-Language, Cookie');
    response.headers.set('Cache-Control', 'private, no-cache');
    return secure(response, filePolicy);
  }
  if (dev) return NextResponse.next();
  if (pathname.startsWith('/_next/')) return secure(NextResponse.next(), filePolicy);

  const path = decodeURIComponent(pathname);
  const entry = prerendered(path);
  const rscRequest = request.headers.has('rsc') || searchParams.has('_rsc');
  const missing = rscRequest ? undefined : missingInLocale(path, entry !== undefined);
  if (missing) {
    const response = localeNotFound(missing, request.method);
    if (response) return response;
  }
  if (entry && !rscRequest) {
    const policy = entry.hashes ? pagePolicy(path, entry.hashes) : filePolicy;
    // What a page's 200 and 304 both carry; a route body keeps Next.js's own Cache-Control and Vary.
    const validators: Record<string, string> = entry.hashes
      ? { ETag: entry.etag, 'Cache-Control': pageCacheControl, Vary: appVary }
      : { ETag: entry.etag };
    // A conditional request is itself the revalidation that `Cache-Control: no-cache` asks for (fetch() adds that
    // header to every conditional request), so a match is a 304 either way.
    if (matches(request.headers.get('if-none-match'), entry.etag))
      return secure(new NextResponse(null, { status: 304, headers: validators }), policy);
    // A prerendered page is sent from here, from memory, as the build wrote it: the same bytes and headers Next.js
    // would send, without its page handler's per-request work (issue 14: about 1 ms of CPU per request, half of
    // what serving a page cost). Route bodies (feeds, JSON, SVG) and anything this build has no file for go on.
    const html = entry.hashes && (request.method === 'GET' || request.method === 'HEAD') ? prerenderedPage(path) : null;
    if (html) {
      const response = new NextResponse(request.method === 'HEAD' ? null : (html as BodyInit), {
        status: 200,
        headers: { 'Content-Type': 'text/html; charset=utf-8', ...validators },
      });
      return secure(response, policy);
    }
    return secure(NextResponse.next({ headers: { ETag: entry.etag } }), policy);
  }
  if (entry?.hashes) return secure(NextResponse.next(), pagePolicy(path, entry.hashes));
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy({ nonce, hashes: notFoundHashes() });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  return secure(NextResponse.next({ request: { headers: requestHeaders } }), policy);
}

export const config = { matcher: ['/((?!_next/static/).*)'] };
