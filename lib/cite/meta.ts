import type { NewsArticle, WithContext } from 'schema-dts';
import { absoluteUrl, siteName } from '../config';
import { langTag, otherLocale } from '../i18n/routing';
import { publisherJsonLd } from '../structured-data';
import { articleUrl, type CitedArticle } from './article';
import type { CoinsPage } from './coins';

type Described = CitedArticle & { summary: string };

/** The title reference managers should store: the sentence-case form where the editors wrote one. */
export function citedTitle(a: Pick<CitedArticle, 'title' | 'titleSentenceCase'>): string {
  return a.titleSentenceCase ?? a.title;
}

/**
 * Highwire Press `citation_*` tags, which Google Scholar and reference managers (Zotero, Mendeley) read off
 * the page. The site is the corporate author and the publisher, as in every citation format in lib/cite.
 * Dates use the slashes Scholar documents (YYYY/MM/DD).
 *
 * One date: `citation_publication_date` and `citation_date` are synonyms to Highwire readers (Scholar, Mendeley,
 * EndNote), so both carry the date of the version the site's citations cite (its revision date, see lib/cite), and
 * `citation_online_date` (first appearance online) is left out rather than contradict it. The Open Graph
 * `article:published_time` / `modified_time` pair still tells the two dates apart.
 * The English title is the editors' sentence-case form (the first word after a colon capitalised, as APA wants):
 * reference managers store titles in sentence case and make headline case themselves.
 */
export function citationMeta(a: Described): Record<string, string> {
  const slash = (iso: string) => iso.replace(/-/g, '/');
  return {
    citation_title: citedTitle(a),
    citation_author: siteName[a.locale],
    citation_publisher: siteName[a.locale],
    citation_publication_date: slash(a.updated),
    citation_date: slash(a.updated),
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
  return {
    title: citedTitle(a),
    siteName: siteName[a.locale],
    date: a.updated,
    url: articleUrl(a),
    locale: a.locale,
    description: a.summary,
  };
}
