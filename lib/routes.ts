/**
 * Every URL of the site, built here and nowhere else: pages, passages, feeds and files, as root-relative paths
 * (`/zh/restoration`). `absoluteUrl` (lib/config) makes one absolute where the full URL is needed. Ids and slugs
 * are the same in both locales, so a page in the other language is the same builder with the other locale.
 * The route files under app/ are the other half of this contract; lib/routes.test.ts checks that each builder
 * names a route that exists.
 */
import type { Locale } from './i18n/routing';

/**
 * The three section articles, in reading order. Ids are URL slugs, the same in both locales: configuration of
 * the site's addresses (lib/content reads content/articles/{section}/ for each).
 */
export const sectionIds = ['restoration', 'industries', 'targets'] as const;
export type SectionId = (typeof sectionIds)[number];

export function isSectionId(value: unknown): value is SectionId {
  return typeof value === 'string' && (sectionIds as readonly string[]).includes(value);
}

/** One value per section, as a record (a new section id is a type error here until it is added). */
export function bySection<T>(value: (section: SectionId) => T): Record<SectionId, T> {
  return { restoration: value('restoration'), industries: value('industries'), targets: value('targets') };
}

/** The orders of the glossary index, each its own static page. */
export type GlossaryOrder = 'category' | 'pinyin' | 'en';
const glossaryOrderPath: Record<GlossaryOrder, string> = { category: '', pinyin: '/by-pinyin', en: '/by-english' };

/** A page that exists in every locale, as the builder of its address (what metadata, sitemap and COinS need). */
export type PageHref = (locale: Locale) => string;

export const href = {
  home: (locale: Locale) => `/${locale}`,
  /** The home page's list of the three articles (the printed brief's QR code leads here). */
  articles: (locale: Locale) => `/${locale}#articles`,
  article: (locale: Locale, section: SectionId) => `/${locale}/${section}`,
  /** A passage: its article's address with the passage id as the fragment. */
  passage: (locale: Locale, section: SectionId, id: string) => `/${locale}/${section}#${id}`,
  parallel: (locale: Locale, section: SectionId) => `/${locale}/${section}/parallel`,
  /** An article's citation as a static file (BibLaTeX or RIS). */
  cite: (locale: Locale, section: SectionId, format: 'bib' | 'ris') => `/${locale}/${section}/cite.${format}`,
  gallery: (locale: Locale) => `/${locale}/gallery`,
  photo: (locale: Locale, id: string) => `/${locale}/gallery/${id}`,
  glossary: (locale: Locale, order: GlossaryOrder = 'category') => `/${locale}/glossary${glossaryOrderPath[order]}`,
  term: (locale: Locale, id: string) => `/${locale}/glossary/${id}`,
  /** The search page, with a query when given. */
  search: (locale: Locale, query?: string) => `/${locale}/search${query === undefined ? '' : `?q=${encodeURIComponent(query)}`}`,
  /** The prebuilt search index for the browser; `version` (its hash) makes a new build's index a new URL. */
  searchIndex: (locale: Locale, version: string) => `/${locale}/search-index.json?v=${version}`,
  press: (locale: Locale) => `/${locale}/press`,
  brief: (locale: Locale) => `/${locale}/press/brief`,
  about: (locale: Locale, fragment?: string) => `/${locale}/about${fragment ? `#${fragment}` : ''}`,
  corrections: (locale: Locale) => `/${locale}/corrections`,
  /** The prerendered 404 page of a locale, sent by the proxy for paths with no page. */
  notFound: (locale: Locale) => `/${locale}/page-not-found`,
  feed: (locale: Locale, kind: 'rss' | 'atom') => `/${locale}/${kind === 'rss' ? 'feed' : 'atom'}.xml`,
  mapSvg: (locale: Locale) => `/${locale}/map.svg`,
  /** The whole glossary as a file, one for both languages (TBX for terminology tools). */
  glossaryFile: (format: 'csv' | 'json' | 'tbx') => `/glossary.${format}`,
  /** The key figures as data, one file per locale. */
  figures: (locale: Locale, format: 'csv' | 'json') => `/${locale}/figures.${format}`,
  /** An article's aligned zh-CN ↔ en passages as TMX, one file for both languages. */
  tmx: (section: SectionId) => `/${section}.tmx`,
  /** Every illustration the press kit lists, full size, with a credits file in both languages: one ZIP for both. */
  illustrationsZip: () => '/illustrations.zip',
};
