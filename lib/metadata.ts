import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { siteName } from './config';
import { isLocale, langTag, ogLocale, otherLocale, routing, type Locale } from './i18n/routing';

/**
 * Title, description, canonical URL and hreflang alternates for one page. `path` is the part after the
 * locale ('' for home, '/restoration', ...); ids and slugs are the same in both locales, so the alternate is
 * always the same path under the other locale.
 */
export function pageMetadata(opts: {
  locale: Locale;
  path: string;
  title: string;
  description: string;
  type?: 'website' | 'article';
}): Metadata {
  const { locale, path, title, description } = opts;
  const types = feedAlternates(locale);
  return {
    title,
    description,
    alternates: { canonical: `/${locale}${path}`, languages: languageAlternates(path), types },
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

/** Message namespaces whose `title` and `description` are a page's own. */
type PageNamespace = 'about' | 'about.corrections' | 'press';

/**
 * `generateMetadata` for a page that exists once per locale: its title and description come from `texts`, or
 * from `title` and `description` in a message namespace.
 */
export function localePageMetadata(
  path: string,
  texts: PageNamespace | ((locale: Locale) => Promise<{ title: string; description: string }>),
) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { locale } = await params;
    if (!isLocale(locale)) return {};
    if (typeof texts !== 'string') return pageMetadata({ locale, path, ...(await texts(locale)) });
    const t = await getTranslations({ locale, namespace: texts });
    return pageMetadata({ locale, path, title: t('title'), description: t('description') });
  };
}

/**
 * The locale's RSS and Atom feeds, advertised on every page. Part of `alternates`, which a page's metadata
 * replaces as a whole, so pageMetadata repeats what the layout sets.
 */
export function feedAlternates(locale: Locale) {
  return {
    'application/rss+xml': [{ url: `/${locale}/feed.xml`, title: `${siteName[locale]} (RSS)` }],
    'application/atom+xml': [{ url: `/${locale}/atom.xml`, title: `${siteName[locale]} (Atom)` }],
  };
}

/**
 * hreflang alternates for a path after the locale: one per locale of the `routing` object, and `x-default`
 * at its default locale (what `/` negotiates to when nothing else matches). `href` makes the URL absolute
 * where one is needed (the sitemap); page metadata leaves it relative to metadataBase.
 */
export function languageAlternates(path: string, href: (p: string) => string = (p) => p): Record<string, string> {
  return {
    ...Object.fromEntries(routing.locales.map((l) => [langTag[l], href(`/${l}${path}`)])),
    'x-default': href(`/${routing.defaultLocale}${path}`),
  };
}
