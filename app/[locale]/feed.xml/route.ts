import { notFound } from 'next/navigation';
import { getSite } from '@/lib/content';
import { buildFeed } from '@/lib/feeds';
import { isLocale, locales } from '@/lib/i18n/routing';

/** RSS 2.0 feed of one locale (lib/feeds), written once at build time. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const xml = buildFeed(await getSite(), locale).rss2();
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
}
