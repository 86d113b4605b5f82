/**
 * The site's search documents, one index per locale: article paragraphs (titled by the heading they sit
 * under), photo captions and alt text, and glossary terms. Pure: takes the loaded Site, touches no files,
 * so the build script and the unit tests share it.
 */
import { createHash } from 'node:crypto';
import { passageHeading } from '../content/passages';
import type { Site } from '../content/site';
import { stripTones } from '../text/han';
import { sectionIds, type SectionId, href } from '../routes';
import type { Locale } from '../i18n/routing';
import { buildIndex, type SearchDoc, type SerializedIndex } from './index';

/** What the search page needs besides the index (it must not read content/ at request time). */
export interface SiteSearchData {
  /** Short content hash: the client asks for the index with ?v=hash so a new build is never served stale. */
  hash: string;
  index: SerializedIndex;
  sections: { id: SectionId; title: string; standfirst: string }[];
  /** A few glossary terms offered when a search finds nothing. */
  suggestions: { id: string; title: string; short: string }[];
}

/** Terms a newcomer is most likely to need: the core idea, the signature techniques and industries. */
const SUGGESTED_TERMS = ['green-mine', 'whole-hill-whole-gully', 'slope-to-terrace', 'pv-plus', 'forest-pv-belt', 'reclamation'];

export function siteSearchDocs(site: Site, locale: Locale): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const section of sectionIds) {
    const article = site.articles[section][locale];
    for (const p of article.passages) {
      // Headings are not results of their own: they title the paragraphs under them (and are searched there).
      if (p.kind !== 'paragraph') continue;
      docs.push({
        id: `passage:${section}#${p.id}`,
        kind: 'passage',
        url: href.passage(locale, section, p.id),
        title: passageHeading(article, p.id)?.text || article.title,
        text: p.text,
        section,
      });
    }
  }
  for (const photo of site.photos) {
    docs.push({
      id: `photo:${photo.id}`,
      kind: 'photo',
      url: href.photo(locale, photo.id),
      title: photo.caption[locale],
      text: `${photo.alt[locale]} ${photo.place[locale]}`,
      section: photo.section,
      image: { src: photo.src, width: photo.width, height: photo.height },
    });
  }
  for (const term of site.terms) {
    // Both languages as keywords in both indexes: a journalist searches the Chinese term on the English site.
    const keywords = [term.zh, term.pinyin, stripTones(term.pinyin), term.en, ...term.aliases.zh, ...term.aliases.en];
    docs.push({
      id: `term:${term.id}`,
      kind: 'term',
      url: href.term(locale, term.id),
      title: locale === 'zh' ? term.zh : term.en,
      text: term.definition[locale],
      keywords: [...new Set(keywords)],
    });
  }
  return docs;
}

export const contentHash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 12);

export function buildSiteSearch(site: Site, locale: Locale): SiteSearchData {
  const index = buildIndex(locale, siteSearchDocs(site, locale));
  const terms = new Map(site.terms.map((t) => [t.id, t]));
  return {
    hash: contentHash(JSON.stringify(index)),
    index,
    sections: sectionIds.map((id) => ({ id, title: site.articles[id][locale].title, standfirst: site.articles[id][locale].standfirst })),
    suggestions: SUGGESTED_TERMS.flatMap((id) => {
      const t = terms.get(id);
      return t ? [{ id, title: locale === 'zh' ? t.zh : t.en, short: t.short[locale] }] : [];
    }),
  };
}
