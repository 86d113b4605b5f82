import type { NewsArticle, WithContext } from 'schema-dts';
import { absoluteUrl, siteName } from '../config';
import { langTag, otherLocale } from '../i18n/routing';
import { publisherJsonLd } from '../structured-data';
import { articleUrl, type CitedArticle } from './article';
import type { CoinsPage } from './coins';

type Described = CitedArticle & { summary: string };

/**
 * Highwire Press `citation_*` tags, which Google Scholar and reference managers (Zotero, Mendeley) read off
 * the page. The site is the corporate author and the publisher, as in every citation format in lib/cite.
 * Dates use the slashes Scholar documents (YYYY/MM/DD).
 */
export function citationMeta(a: Described): Record<string, string> {
  const slash = (iso: string) => iso.replace(/-/g, '/');
  return {
    citation_title: a.title,
    citation_author: siteName[a.locale],
    citation_publisher: siteName[a.locale],
    citation_publication_date: slash(a.published),
    citation_date: slash(a.updated),
    citation_online_date: slash(a.updated),
    citation_language: a.locale,
    citation_public_url: articleUrl(a),
    citation_abstract: a.summary,
  };
}

/**
 * NewsArticle structured data. The Chinese text is the original and the English a translation of it, so
 * zh names its translation (workTranslation) and en names its original (translationOfWork).
 */
export function newsArticleLd(a: Described, hero: { src: string }): WithContext<NewsArticle> {
  const org = publisherJsonLd(a.locale);
  const other = otherLocale(a.locale);
  const pair = {
    '@type': 'NewsArticle' as const,
    '@id': `${articleUrl({ locale: other, section: a.section })}#article`,
    url: articleUrl({ locale: other, section: a.section }),
    inLanguage: langTag[other],
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${articleUrl(a)}#article`,
    headline: a.title,
    description: a.summary,
    datePublished: a.published,
    dateModified: a.updated,
    inLanguage: langTag[a.locale],
    image: [absoluteUrl(hero.src)],
    author: org,
    publisher: org,
    mainEntityOfPage: { '@type': 'WebPage', '@id': articleUrl(a) },
    isAccessibleForFree: true,
    ...(a.locale === 'zh' ? { workTranslation: pair } : { translationOfWork: pair }),
  };
}

/** The article's reference-manager record (lib/cite/coins.ts): a web page by the site, dated by its revision. */
export function articleCoins(a: Described): CoinsPage {
  return { title: a.title, siteName: siteName[a.locale], date: a.updated, url: articleUrl(a), locale: a.locale, description: a.summary };
}
