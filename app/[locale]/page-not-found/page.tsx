import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NotFoundView } from '@/components/errors/NotFoundView';
import { localeStaticParams } from '@/lib/i18n/locale-file';
import { isLocale } from '@/lib/i18n/routing';
import { pageLocale } from '@/lib/i18n/page';

type Params = { params: Promise<{ locale: string }> };

export const dynamicParams = false;
export const generateStaticParams = localeStaticParams;

/**
 * The 404 page of each locale, prerendered so that it stays static under the site's hash-based CSP. Next.js sends
 * its root not-found for every unmatched path (it cannot know the locale of a path it did not match), so the proxy
 * answers unknown paths under /zh and /en with this page's HTML and status 404 (lib/server/not-found.ts), and
 * this address itself is a 404 too. No canonical and no language alternates: it is not a page to index.
 */
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'errors' });
  return { title: t('pageTitle'), robots: { index: false, follow: true } };
}

export default async function PageNotFound({ params }: Params) {
  const locale = await pageLocale(params);
  return <NotFoundView locale={locale} />;
}
