import type { Locale } from '../i18n/routing';
import { absoluteUrl, siteName } from '../config';
import { findPassage, passageHeading } from '../content/passages';
import type { CiteSource, TitleForms } from './index';
import type { Romanizer } from './romanize';
import { href, type SectionId } from '../routes';

/** What the citation builders need to know about an article (a subset of lib/content's Article). */
export interface CitedArticle {
  locale: Locale;
  section: SectionId;
  title: string;
  /** English articles: the title in sentence case (APA) and headline case (Chicago, MLA), from the frontmatter. */
  titleSentenceCase?: string;
  titleHeadlineCase?: string;
  published: string;
  updated: string;
  passages: { id: string; kind: 'heading' | 'paragraph'; text: string; heading?: string }[];
}

/** The article's public URL (SITE_URL, never the host the page happens to be served from). */
export function articleUrl(a: Pick<CitedArticle, 'locale' | 'section'>): string {
  return absoluteUrl(href.article(a.locale, a.section));
}

/** The editors' two English casings of a title, when the frontmatter gives both. */
function forms(a: Pick<CitedArticle, 'titleSentenceCase' | 'titleHeadlineCase'>): TitleForms | undefined {
  return a.titleSentenceCase && a.titleHeadlineCase ? { sentence: a.titleSentenceCase, headline: a.titleHeadlineCase } : undefined;
}

/** The English article of a Chinese one, as far as its citations need it (title forms, headings by passage id). */
export type EnglishTwin = Pick<CitedArticle, 'titleSentenceCase' | 'titleHeadlineCase' | 'passages'>;

/**
 * The CiteSource for an article, or for one passage of it (`Title: Heading` plus the #passage URL, see
 * lib/cite/index.ts). No access date: a prerendered page cannot know it; the browser adds today's.
 * Chinese articles: `english` is the English article, whose title and headings are the translation English-language
 * styles add; `roman` gives the Pinyin APA and Chicago want (lib/cite/romanize.ts).
 */
export function articleSource(a: CitedArticle, passageId?: string, english?: EnglishTwin, roman?: Romanizer): CiteSource {
  const titleForms = forms(a);
  const translatedTitle = a.locale === 'zh' && english ? forms(english) : undefined;
  const romanized = a.locale === 'zh' && roman ? { siteName: roman.name(siteName.zh), title: roman.title(a.title) } : undefined;
  const base: CiteSource = {
    locale: a.locale,
    siteName: siteName[a.locale],
    title: a.title,
    ...(titleForms ? { titleForms } : {}),
    ...(translatedTitle ? { translatedTitle } : {}),
    ...(romanized ? { romanized } : {}),
    url: articleUrl(a),
    published: a.published,
    updated: a.updated,
  };
  if (!passageId) return base;
  return withPassage(base, passageId, passageLabels(a, english, roman)[passageId]);
}

/** A passage's heading as each style needs it: as written, the English one (Chinese pages), its Pinyin. */
export interface PassageLabel {
  text: string;
  translated?: string;
  romanized?: string;
}

/** The article's CiteSource narrowed to one passage: its #id on the URL, its heading as other title information. */
export function withPassage(source: CiteSource, passageId: string, label: PassageLabel | undefined, url = source.url): CiteSource {
  return {
    ...source,
    url: `${url.replace(/#.*$/, '')}#${passageId}`,
    ...(label
      ? {
          passageLabel: label.text,
          ...(label.translated ? { translatedPassageLabel: label.translated } : {}),
          ...(source.romanized ? { romanized: { ...source.romanized, passageLabel: label.romanized } } : {}),
        }
      : {}),
  };
}

/**
 * Passage id → the heading it stands under (a heading names itself); lead paragraphs have none. The passages under
 * one heading share one label object, so the RSC payload that carries this to the passage tools writes each label
 * once and refers back to it (React's Flight serializer dedupes by reference).
 */
export function passageLabels(
  a: Pick<CitedArticle, 'passages' | 'locale'>,
  english?: Pick<CitedArticle, 'passages'>,
  roman?: Romanizer,
): Record<string, PassageLabel> {
  const out: Record<string, PassageLabel> = {};
  const byHeading = new Map<string, PassageLabel>();
  for (const p of a.passages) {
    const heading = passageHeading(a, p.id);
    if (!heading) continue;
    let label = byHeading.get(heading.id);
    if (!label) {
      const translated = a.locale === 'zh' && english ? findPassage(english, heading.id)?.text : undefined;
      label = {
        text: heading.text,
        ...(translated ? { translated } : {}),
        ...(a.locale === 'zh' && roman ? { romanized: roman.title(heading.text) } : {}),
      };
      byHeading.set(heading.id, label);
    }
    out[p.id] = label;
  }
  return out;
}
