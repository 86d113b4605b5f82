import { NextResponse, type NextRequest } from 'next/server';
import { redirectTarget } from './lib/content/redirects';
import { negotiateLocale } from './lib/i18n/negotiate';
import { isLocale, localeOfPath, type Locale } from './lib/i18n/routing';
import { retryAfterSeconds, searchGate } from './lib/search/gate';
import { answerSearch, searchPageCache, searchPageKey, type FilledPage } from './lib/search/page-cache';
import { allowedMethods, headersToDrop, rejectRequest } from './lib/security/guard';
import { contentSecurityPolicy, filePolicy, newNonce, secure } from './lib/security/headers';
import { href } from './lib/routes';
import { missingInLocale } from './lib/server/not-found';
import { isInternalOutput } from './lib/server/page-files';
import { notFoundHashes, prerendered, prerenderedPage, renderedOnRequest } from './lib/server/page-store';
import { ifMatchFails, noneMatch } from './lib/server/validators';
import { noteServedOrigin } from './lib/share/origin';

const dev = process.env.NODE_ENV === 'development';

function plain(status: number, policy = filePolicy): NextResponse {
  const response = new NextResponse(status === 405 ? 'Method Not Allowed\n' : `${status}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
  if (status === 405) response.headers.set('Allow', allowedMethods.join(', '));
  return secure(response, policy);
}

/** Built once per path: a page's policy only depends on its hashes, which are fixed for the build. */
const pagePolicies = new Map<string, string>();
function pagePolicy(path: string, hashes: readonly string[]): string {
  let policy = pagePolicies.get(path);
  if (policy === undefined) pagePolicies.set(path, (policy = contentSecurityPolicy({ hashes })));
  return policy;
}

/**
 * What Next.js sends with a prerendered page or route body that set none (revalidate: false). A 304 must carry the
 * headers the 200 would have (RFC 9110 §15.4.5): this, and each path's Vary from the manifest plus the
 * Accept-Encoding Next's compression adds. caching.test.ts and the request fuzz compare them with Next's own 200.
 */
const prerenderedCacheControl = 's-maxage=31536000';

/** What Next.js sends with its own 404 page: never stored, so a page added later is not hidden by a cached 404. */
const notFoundCacheControl = 'private, no-cache, no-store, max-age=0, must-revalidate';

/**
 * A prerendered 404 page (a locale's, or Next's root one for paths outside the locales) with status 404 and that
 * page's own script hashes; undefined when the build has none (then Next.js answers).
 */
function notFound(page: string, method: string): NextResponse | undefined {
  const html = prerenderedPage(page);
  const hashes = prerendered(page)?.hashes;
  if (html === null || !hashes) return undefined;
  const response = new NextResponse(method === 'HEAD' ? null : (html as BodyInit), {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': notFoundCacheControl },
  });
  return secure(response, pagePolicy(page, hashes));
}

/** The search page, whose address lib/routes.ts builds (a trailing slash was redirected before this is asked). */
const isSearch = (path: string) => {
  const locale = localeOfPath(path);
  return !!locale && path === href.search(locale);
};

/** A search page from the cache (lib/search/page-cache.ts), with the site's headers and its own fresh nonce. */
function fromSearchCache(page: FilledPage, method: string): NextResponse {
  const response = new NextResponse(method === 'HEAD' ? null : page.body, { status: page.status, headers: page.headers });
  return secure(response, response.headers.get('content-security-policy') ?? filePolicy);
}

const notFoundFor = (path: string, method: string) => {
  const locale: Locale | undefined = localeOfPath(path);
  return notFound(locale ? href.notFound(locale) : '/_not-found', method) ?? plain(404);
};

/**
 * In front of every request except hashed static chunks: refuses bad input (guard.ts); redirects (308: a trailing
 * slash, content/redirects.json; 307: `/` by language); 404s for internal outputs and unknown locale paths (the
 * locale's 404 page); each page's CSP (its build-time script hashes, or a nonce when rendered on request) and its
 * build-time ETag (304 and 412 here); repeated searches from the page cache. README, "Security" and "Search".
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const { method } = request;
  const status = rejectRequest(method, pathname, searchParams, request.headers);
  if (status) return plain(status);
  // This server asking itself for a search page to cache (below): rendered as usual, never cached or redirected again.
  const searchFill = !dev && searchPageCache().isFill(request.headers);
  // A build for another origin than this one ships dead links: logged once, reported by /healthz (lib/share/origin.ts).
  if (!searchFill) noteServedOrigin(request.headers, request.url, pathname);

  // Permanent redirects (RFC 9110 §15.4.9): a trailing slash (one address per page), and old addresses from
  // content/redirects.json. The query string goes along.
  const moved = pathname.length > 1 && pathname.endsWith('/') ? pathname.replace(/\/+$/, '') || '/' : redirectTarget(pathname);
  if (moved !== undefined) {
    const target = new URL(moved, request.url);
    target.search = request.nextUrl.search;
    return secure(NextResponse.redirect(target, 308), filePolicy);
  }

  if (pathname === '/') {
    const saved = request.cookies.get('NEXT_LOCALE')?.value;
    const locale = isLocale(saved) ? saved : negotiateLocale(request.headers.get('accept-language'));
    const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
    response.headers.set('Vary', 'Accept-Language, Cookie');
    response.headers.set('Cache-Control', 'private, no-cache');
    return secure(response, filePolicy);
  }

  // Request headers Next.js must not see; an override list replaces the request's headers downstream.
  const drop = headersToDrop(request.headers);
  const requestHeaders = drop.length ? new Headers(request.headers) : undefined;
  for (const name of drop) requestHeaders!.delete(name);
  const next = (headers?: Record<string, string>) =>
    NextResponse.next({ ...(requestHeaders ? { request: { headers: requestHeaders } } : {}), ...(headers ? { headers } : {}) });

  if (dev) return next();
  if (pathname.startsWith('/_next/')) return secure(next(), filePolicy);
  // One address per page: a path that is not in its canonical encoding (`/zh%2Frestoration`, `/%7Ah/…`) or names
  // an internal output is a 404, never a second cacheable copy that a purge of the real address would miss.
  const decoded = decodeURIComponent(pathname);
  if (encodeURI(decoded) !== pathname || isInternalOutput(decoded)) return notFoundFor(pathname, method);

  const entry = prerendered(pathname);
  const rscRequest = request.headers.has('rsc') || searchParams.has('_rsc');
  if (!rscRequest && missingInLocale(pathname, entry !== undefined, renderedOnRequest(pathname))) return notFoundFor(pathname, method);

  if (entry && !rscRequest) {
    const policy = entry.hashes ? pagePolicy(pathname, entry.hashes) : filePolicy;
    const validators = {
      ETag: entry.etag,
      'Cache-Control': entry.cacheControl ?? prerenderedCacheControl,
      Vary: entry.vary,
    };
    // A weak ETag never passes If-Match's strong comparison (RFC 9110 §13.1.1): only `*` does.
    if (ifMatchFails(request.headers.get('if-match'), entry.etag)) return plain(412, policy);
    // A conditional request is itself the revalidation that `Cache-Control: no-cache` asks for (fetch() adds that
    // header to every conditional request), so a match is a 304 either way.
    if (noneMatch(request.headers.get('if-none-match'), entry.etag))
      return secure(new NextResponse(null, { status: 304, headers: validators }), policy);
    // Next.js sends the build's bytes with its own Cache-Control and Vary; the proxy adds the ETag. (Sending pages
    // from memory here served about 2.7 times the pages per CPU second, but behind the caching proxy the README asks
    // for, readers are answered by the cache and the server only sees each page once per deploy.)
    return secure(next({ ETag: entry.etag }), policy);
  }
  if (entry?.hashes) return secure(next(), pagePolicy(pathname, entry.hashes));
  // Rendered on request, so no ETag: no tag can pass If-Match, only `*` (RFC 9110 §13.1.1).
  if (renderedOnRequest(pathname) && ifMatchFails(request.headers.get('if-match'), undefined)) return plain(412);
  // A search asked before comes from memory (lib/search/page-cache.ts); a server that cannot reach itself renders it.
  if (isSearch(pathname) && !searchFill && !rscRequest && (method === 'GET' || method === 'HEAD'))
    return answerSearch(searchPageCache(), searchPageKey(pathname, searchParams)!, pathname + request.nextUrl.search, {
      cached: (page) => fromSearchCache(page, method),
      direct: () => renderOnRequest(request, pathname, requestHeaders),
    });
  return renderOnRequest(request, pathname, requestHeaders);
}

/** A page Next.js renders for this request: a fresh nonce in its policy, which Next.js puts on its scripts. */
function renderOnRequest(request: NextRequest, pathname: string, requestHeaders: Headers | undefined): NextResponse {
  // When the search render queue is full, a prompt 503 rather than a wait with no end (gate.ts).
  if (isSearch(pathname) && searchGate().full) {
    const busy = plain(503);
    busy.headers.set('Retry-After', String(retryAfterSeconds));
    return busy;
  }
  const policy = contentSecurityPolicy({ nonce: newNonce(), hashes: notFoundHashes() });
  const headers = requestHeaders ?? new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  return secure(NextResponse.next({ request: { headers } }), policy);
}

export const config = { matcher: ['/((?!_next/static/).*)'] };
