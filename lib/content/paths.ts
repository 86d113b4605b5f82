/**
 * Every page of the site, as the builder of its address in each locale (lib/routes), with the date it last
 * changed. The sitemap lists these for both locales and the redirect check accepts only these (plus search) as targets.
 * Ids come from content, so a new photo or term is a new page here without code changes.
 */
import type { Site } from './site-types';
import { sectionIds, type SectionId } from './sections';
import { sectionUpdated, siteUpdated } from './updated';
import { locales } from '../i18n/routing';
import { href, type PageHref } from '../routes';

export interface SitePage {
  href: PageHref;
  /** YYYY-MM-DD: the article's `updated`, or the newest `updated` for pages built from all of them. */
  lastModified: string;
}

export function sitePages(site: Pick<Site, 'articles' | 'photos' | 'terms'>): SitePage[] {
  const updated = (s: SectionId) => sectionUpdated(site.articles, s);
  const newest = siteUpdated(site.articles);
  const page = (href: PageHref, lastModified = newest): SitePage => ({ href, lastModified });
  return [
    page(href.home),
    ...sectionIds.flatMap((s) => [page((l) => href.article(l, s), updated(s)), page((l) => href.parallel(l, s), updated(s))]),
    page(href.gallery),
    ...site.photos.map((p) => page((l) => href.photo(l, p.id), p.usedIn[0] ? updated(p.usedIn[0].section) : newest)),
    page(href.glossary),
    page((l) => href.glossary(l, 'pinyin')),
    page((l) => href.glossary(l, 'en')),
    ...site.terms.map((t) => page((l) => href.term(l, t.id))),
    page(href.press),
    page(href.brief),
    page(href.about),
    page(href.corrections),
  ];
}

/** Every localized path a link or redirect may point at: all pages of both locales and the search page. */
export function siteUrlPaths(site: Pick<Site, 'articles' | 'photos' | 'terms'>): Set<string> {
  const paths = new Set<string>();
  for (const locale of locales) {
    for (const p of sitePages(site)) paths.add(p.href(locale));
    paths.add(href.search(locale));
  }
  return paths;
}
