import type { Locale } from '../i18n/routing';
import { absoluteUrl, siteName } from '../config';
import { passageHeading } from '../content/passages';
import type { CiteSource, TitleForms } from './index';
import { href } from '../routes';
import type { SectionId } from '../content/sections';

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

/**
 * The CiteSource for an article, or for one passage of it (`Title: Heading` plus the #passage URL, see
 * lib/cite/index.ts). No access date: a prerendered page cannot know it; the browser adds today's.
 * `english` is the English article of a Chinese one: its title is the translation English-language styles add.
 */
export function articleSource(
  a: CitedArticle,
  passageId?: string,
  english?: Pick<CitedArticle, 'titleSentenceCase' | 'titleHeadlineCase'>,
): CiteSource {
  const titleForms = forms(a);
  const translatedTitle = a.locale === 'zh' && english ? forms(english) : undefined;
  const base: CiteSource = {
    locale: a.locale,
    siteName: siteName[a.locale],
    title: a.title,
    ...(titleForms ? { titleForms } : {}),
    ...(translatedTitle ? { translatedTitle } : {}),
    url: articleUrl(a),
    published: a.published,
    updated: a.updated,
  };
  if (!passageId) return base;
  return { ...base, url: `${base.url}#${passageId}`, passageLabel: passageLabels(a)[passageId] };
}

/** Passage id → the heading it stands under (a heading names itself); lead paragraphs have none. */
export function passageLabels(a: Pick<CitedArticle, 'passages'>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of a.passages) {
    const label = passageHeading(a, p.id)?.text;
    if (label) out[p.id] = label;
  }
  return out;
}
