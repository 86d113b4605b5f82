import { NextResponse, type NextRequest } from 'next/server';
import { negotiateLocale } from './lib/i18n/negotiate';
import { isLocale } from './lib/i18n/routing';

/** Paths that cannot be decoded name no page: answer 404 (Next.js would otherwise fail with a 500). */
function isMalformed(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * `/` sends readers to `/zh` or `/en`: a saved choice (the language switch sets NEXT_LOCALE) wins, then
 * Accept-Language, then Chinese. 307, not 308: the answer depends on the reader, so it must not be cached as
 * permanent.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (isMalformed(pathname)) return NextResponse.rewrite(new URL('/_not-found', request.url), { status: 404 });
  if (pathname !== '/') return NextResponse.next();
  const saved = request.cookies.get('NEXT_LOCALE')?.value;
  const locale = isLocale(saved) ? saved : negotiateLocale(request.headers.get('accept-language'));
  const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
  response.headers.set('Vary', 'Accept-Language, Cookie');
  response.headers.set('Cache-Control', 'private, no-cache');
  return response;
}

export const config = { matcher: ['/((?!_next/static|_next/image).*)'] };
