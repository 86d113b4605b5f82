/**
 * schema.org blocks shared by several pages (render with components/JsonLd). Page-specific types live with
 * their pages: NewsArticle (articles), ImageObject (gallery), DefinedTerm (glossary).
 *
 *   <JsonLd data={breadcrumbJsonLd([{ name: 'Home', href: '/en' }, { name: 'Glossary', href: '/en/glossary' }])} />
 */
import type { BreadcrumbList, Organization, SearchAction, WebSite, WithContext } from 'schema-dts';
import { absoluteUrl, siteName } from '@/lib/config';
import { langTag, type Locale } from '@/lib/i18n/routing';
import { href } from '../routes';

/** The square site icon (public/icons), the publisher's logo in NewsArticle data. */
export const publisherLogo = { path: '/icons/icon-512.png', width: 512, height: 512 } as const;

/**
 * The site as an organisation: author and publisher of its articles. Google's Article rules want the publisher's
 * logo, so it carries one (an ImageObject with its size).
 */
export function publisherJsonLd(locale: Locale): Exclude<Organization, string> {
  return {
    '@type': 'Organization',
    name: siteName[locale],
    url: absoluteUrl(href.home(locale)),
    logo: {
      '@type': 'ImageObject',
      url: absoluteUrl(publisherLogo.path),
      width: `${publisherLogo.width}`,
      height: `${publisherLogo.height}`,
    },
  };
}

/** Same shape as components/Breadcrumbs items, so a page passes one list to both. */
export interface Crumb {
  name: string;
  href: string;
}

/** BreadcrumbList for a trail ending at the current page; hrefs are site paths, made absolute here. */
export function breadcrumbJsonLd(items: readonly Crumb[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: absoluteUrl(item.href) })),
  };
}

// schema-dts has no `query-input` (a Google extension of SearchAction), so it is added here.
type SearchActionWithInput = Exclude<SearchAction, string> & { 'query-input': string };

/** WebSite with a SearchAction pointing at the search page (the home page carries it). */
export function websiteJsonLd(locale: Locale, description: string): WithContext<WebSite> {
  const action: SearchActionWithInput = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(href.search(locale))}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: siteName[locale],
    alternateName: siteName[locale === 'zh' ? 'en' : 'zh'],
    url: absoluteUrl(href.home(locale)),
    inLanguage: langTag[locale],
    description,
    potentialAction: action,
  };
}
