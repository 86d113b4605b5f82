import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { siteName } from './config';
import { isLocale, langTag, ogLocale, otherLocale, routing, type Locale } from './i18n/routing';
import { href, type PageHref } from './routes';

/**
 * Title, description, canonical URL and hreflang alternates for one page. `page` builds its address in any
 * locale (lib/routes): ids and slugs are the same in both locales, so the alternate is the same page in the
 * other locale.
 */
export function pageMetadata(opts: {
  locale: Locale;
  page: PageHref;
  title: string;
  description: string;
  type?: 'website' | 'article';
}): Metadata {
  const { locale, page, title, description } = opts;
  const types = feedAlternates(locale);
  return {
    title,
    description,
    alternates: { canonical: page(locale), languages: languageAlternates(page), types },
    openGraph: {
      title,
      description,
      url: page(locale),
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
  page: PageHref,
  texts: PageNamespace | ((locale: Locale) => Promise<{ title: string; description: string }>),
) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { locale } = await params;
    if (!isLocale(locale)) return {};
    if (typeof texts !== 'string') return pageMetadata({ locale, page, ...(await texts(locale)) });
    const t = await getTranslations({ locale, namespace: texts });
    return pageMetadata({ locale, page, title: t('title'), description: t('description') });
  };
}

/**
 * The locale's RSS and Atom feeds, advertised on every page. Part of `alternates`, which a page's metadata
 * replaces as a whole, so pageMetadata repeats what the layout sets.
 */
export function feedAlternates(locale: Locale) {
  return {
    'application/rss+xml': [{ url: href.feed(locale, 'rss'), title: `${siteName[locale]} (RSS)` }],
    'application/atom+xml': [{ url: href.feed(locale, 'atom'), title: `${siteName[locale]} (Atom)` }],
  };
}

/**
 * hreflang alternates for a page: one per locale of the `routing` object, and `x-default` at its default
 * locale (what `/` negotiates to when nothing else matches). `absolute` makes the URL absolute where one is
 * needed (the sitemap); page metadata leaves it relative to metadataBase.
 */
export function languageAlternates(page: PageHref, absolute: (p: string) => string = (p) => p): Record<string, string> {
  return {
    ...Object.fromEntries(routing.locales.map((l) => [langTag[l], absolute(page(l))])),
    'x-default': absolute(page(routing.defaultLocale)),
  };
}
