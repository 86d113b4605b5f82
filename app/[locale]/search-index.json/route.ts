import { notFound } from 'next/navigation';
import { isLocale, locales } from '@/lib/i18n/routing';
import { getSiteSearch } from '@/lib/search/site-index';

/**
 * The prebuilt search index of one locale, for instant results in the browser (components/search). A static
 * file: generated at build time, never per request. The page asks for it with ?v=<hash>, so a new build's
 * index is a new URL.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { data } = await getSiteSearch(locale);
  return new Response(JSON.stringify(data.index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
