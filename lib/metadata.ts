import type { Metadata } from 'next';
import { siteName } from './config';
import { langTag, locales, ogLocale, otherLocale, type Locale } from './i18n/routing';

/**
 * Title, description, canonical URL and hreflang alternates for one page. `path` is the part after the
 * locale ('' for home, '/restoration', ...); ids and slugs are the same in both locales, so the alternate is
 * always the same path under the other locale.
 */
export function pageMetadata(opts: { locale: Locale; path: string; title: string; description: string; type?: 'website' | 'article' }): Metadata {
  const { locale, path, title, description } = opts;
  const languages = Object.fromEntries(locales.map((l) => [langTag[l], `/${l}${path}`]));
  return {
    title,
    description,
    alternates: { canonical: `/${locale}${path}`, languages: { ...languages, 'x-default': `/zh${path}` } },
    openGraph: {
      title,
      description,
      url: `/${locale}${path}`,
      siteName: siteName[locale],
      locale: ogLocale[locale],
      alternateLocale: ogLocale[otherLocale(locale)],
      type: opts.type ?? 'website',
    },
    twitter: { card: 'summary_large_image', title, description },
  };
}
