import { NextResponse, type NextRequest } from 'next/server';
import { negotiateLocale } from './lib/i18n/negotiate';
import { isLocale } from './lib/i18n/routing';

/**
 * `/` sends readers to `/zh` or `/en`: a saved choice (the language switch sets NEXT_LOCALE) wins, then
 * Accept-Language, then Chinese. 307, not 308: the answer depends on the reader, so it must not be cached as
 * permanent.
 */
export function proxy(request: NextRequest) {
  const saved = request.cookies.get('NEXT_LOCALE')?.value;
  const locale = isLocale(saved) ? saved : negotiateLocale(request.headers.get('accept-language'));
  const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
  response.headers.set('Vary', 'Accept-Language, Cookie');
  response.headers.set('Cache-Control', 'private, no-cache');
  return response;
}

export const config = { matcher: ['/'] };
