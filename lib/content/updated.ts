/**
 * When content last changed, worked out here and nowhere else: an article's date is its frontmatter `updated`
 * (kept current by the corrections log), and a page built from all articles changed when the newest of them did.
 * Plain functions over loaded articles (no server-only): the site check, the sitemap and the feeds share them.
 */
import { locales, type Locale } from '../i18n/routing';
import { sectionIds, type SectionId } from './sections';

type Dated = Record<SectionId, Record<Locale, { updated: string }>>;

/** The newest of some ISO dates (YYYY-MM-DD sorts as text). */
function newest(dates: string[]): string {
  if (dates.length === 0) throw new Error('no dates to take the newest of');
  return dates.reduce((a, b) => (b > a ? b : a));
}

/** An article's last change in either language, from its two language versions (the TMX file's date). */
export function pairUpdated(pair: Record<Locale, { updated: string }>): string {
  return newest(locales.map((l) => pair[l].updated));
}

/** An article's last change in either language (its page and its parallel view in the sitemap). */
export function sectionUpdated(articles: Dated, section: SectionId): string {
  return pairUpdated(articles[section]);
}

/** When a locale's site last changed: its newest article revision (feeds, press kit, brief, listing pages' COinS). */
export function localeUpdated(articles: Dated, locale: Locale): string {
  return newest(sectionIds.map((s) => articles[s][locale].updated));
}

/** When anything on the site last changed, in either language (sitemap entries of pages built from all articles). */
export function siteUpdated(articles: Dated): string {
  return newest(locales.map((l) => localeUpdated(articles, l)));
}
