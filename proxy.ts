import { NextResponse, type NextRequest } from 'next/server';
import { negotiateLocale } from './lib/i18n/negotiate';
import { isLocale } from './lib/i18n/routing';
import { allowedMethods, rejectRequest } from './lib/security/guard';
import { contentSecurityPolicy, filePolicy, secure } from './lib/security/headers';
import { notFoundHashes, pageHashes } from './lib/security/policy-store';

const dev = process.env.NODE_ENV === 'development';

function reject(status: number): NextResponse {
  const response = new NextResponse(status === 405 ? 'Method Not Allowed\n' : `${status}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
  if (status === 405) response.headers.set('Allow', allowedMethods.join(', '));
  return secure(response, filePolicy);
}

/**
 * In front of every request except hashed static chunks:
 * 1. refuses bad input with a 4xx (guard.ts);
 * 2. `/` → `/zh` or `/en` (saved choice, then Accept-Language, then Chinese; 307 since it depends on the reader);
 * 3. sends each page a Content-Security-Policy: prerendered pages allow exactly the hashes of their own inline
 *    scripts (so they stay static); anything rendered on request gets a fresh nonce, which Next.js reads from the
 *    request's CSP header and puts on its scripts.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const status = rejectRequest(request.method, pathname, searchParams, request.headers);
  if (status) return reject(status);

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

  const hashes = pageHashes(decodeURIComponent(pathname));
  if (hashes) return secure(NextResponse.next(), contentSecurityPolicy({ hashes }));
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy({ nonce, hashes: notFoundHashes() });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  return secure(NextResponse.next({ request: { headers: requestHeaders } }), policy);
}

export const config = { matcher: ['/((?!_next/static/).*)'] };
