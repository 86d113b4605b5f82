import { notFound } from 'next/navigation';
import { isLocale, locales, type Locale } from './routing';

/** The static params of every route that exists once per locale (pages, feeds, the search index). */
export function localeStaticParams() {
  return locales.map((locale) => ({ locale }));
}

/**
 * Route handlers that write one static file per locale at build time (feeds, the search index). Each route keeps
 * its own `dynamic = 'force-static'` and `dynamicParams = false` (Next.js reads those from the route file itself)
 * and takes the rest from here.
 */
export function localeFile(contentType: string, body: (locale: Locale) => Promise<string>) {
  return async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
    const { locale } = await params;
    if (!isLocale(locale)) notFound();
    return new Response(await body(locale), { headers: { 'content-type': contentType } });
  };
}
