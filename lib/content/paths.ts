/**
 * Every page of the site, as the path after the locale ('' for home), with the date it last changed. The
 * sitemap lists these for both locales and the redirect check accepts only these (plus search) as targets.
 * Ids come from content, so a new photo or term is a new page here without code changes.
 */
import type { Site } from './site';
import { sectionIds } from './sections';
import { locales } from '../i18n/routing';

export interface SitePage {
  path: string;
  /** YYYY-MM-DD: the article's `updated`, or the newest `updated` for pages built from all of them. */
  lastModified: string;
}

export function sitePages(site: Pick<Site, 'articles' | 'photos' | 'terms'>): SitePage[] {
  const updated = Object.fromEntries(
    sectionIds.map((s) => [
      s,
      site.articles[s].zh.updated > site.articles[s].en.updated ? site.articles[s].zh.updated : site.articles[s].en.updated,
    ]),
  );
  const newest = Object.values(updated).sort().at(-1)!;
  const page = (path: string, lastModified = newest): SitePage => ({ path, lastModified });
  return [
    page(''),
    ...sectionIds.flatMap((s) => [page(`/${s}`, updated[s]), page(`/${s}/parallel`, updated[s])]),
    page('/gallery'),
    ...site.photos.map((p) => page(`/gallery/${p.id}`, p.usedIn[0] ? updated[p.usedIn[0].section] : newest)),
    page('/glossary'),
    page('/glossary/by-pinyin'),
    page('/glossary/by-english'),
    ...site.terms.map((t) => page(`/glossary/${t.id}`)),
    page('/press'),
    page('/press/brief'),
    page('/about'),
    page('/corrections'),
  ];
}

/** Every localized path a link or redirect may point at: all pages of both locales and the search page. */
export function siteUrlPaths(site: Pick<Site, 'articles' | 'photos' | 'terms'>): Set<string> {
  const paths = new Set<string>();
  for (const locale of locales) {
    for (const p of sitePages(site)) paths.add(`/${locale}${p.path}`);
    paths.add(`/${locale}/search`);
  }
  return paths;
}
