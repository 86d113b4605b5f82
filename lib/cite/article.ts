import { absoluteUrl, siteName } from '../config';
import { passageHeading } from '../content/passages';
import type { CiteSource } from './index';

/** What the citation builders need to know about an article (a subset of lib/content's Article). */
export interface CitedArticle {
  locale: 'zh' | 'en';
  section: string;
  title: string;
  published: string;
  updated: string;
  passages: { id: string; kind: 'heading' | 'paragraph'; text: string; heading?: string }[];
}

/** The article's public URL (SITE_URL, never the host the page happens to be served from). */
export function articleUrl(a: Pick<CitedArticle, 'locale' | 'section'>): string {
  return absoluteUrl(`/${a.locale}/${a.section}`);
}

/**
 * The CiteSource for an article, or for one passage of it (`Title: Heading` plus the #passage URL, see
 * lib/cite/index.ts). No access date: a prerendered page cannot know it; the browser adds today's.
 */
export function articleSource(a: CitedArticle, passageId?: string): CiteSource {
  const base: CiteSource = {
    locale: a.locale,
    siteName: siteName[a.locale],
    title: a.title,
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
