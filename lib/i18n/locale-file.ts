import { notFound } from 'next/navigation';
import { isLocale, locales, type Locale } from './routing';

/** The static params of every route that exists once per locale (pages, feeds, the search index). */
export function localeStaticParams() {
  return locales.map((locale) => ({ locale }));
}

/**
 * Route handlers that write one static file per locale at build time (feeds, the search index, the locator map).
 * Each route keeps its own `dynamic = 'force-static'` and `dynamicParams = false` (Next.js reads those from the
 * route file itself) and takes the rest from here. Without a `cacheControl`, Next.js sends its own for a
 * prerendered body (`s-maxage=31536000`: browsers revalidate with the ETag from proxy.ts each time).
 */
export function localeFile(
  contentType: string,
  body: (locale: Locale) => Promise<string>,
  { cacheControl }: { cacheControl?: string } = {},
) {
  return async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
    const { locale } = await params;
    if (!isLocale(locale)) notFound();
    return new Response(await body(locale), {
      headers: { 'content-type': contentType, ...(cacheControl && { 'cache-control': cacheControl }) },
    });
  };
}
