import { notFound } from 'next/navigation';
import { getSite } from '@/lib/content';
import { buildFeed } from '@/lib/feeds';
import { isLocale, locales } from '@/lib/i18n/routing';

/** Atom 1.0 feed of one locale (lib/feeds), written once at build time. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const xml = buildFeed(await getSite(), locale).atom1();
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
