/**
 * Passages and articles: the heading a passage stands under, and how a link to one reads (its address is
 * `href.passage` in lib/routes).
 * Plain functions over loaded articles (no server-only), so pages, feeds, search documents and client leaves can
 * share them.
 */
import type { Locale } from '../i18n/routing';
import type { Passage } from './mdx';

/** What these helpers need of a passage (client-side copies carry no line numbers). */
type PassageLike = Pick<Passage, 'id' | 'kind' | 'text' | 'heading'>;

export function findPassage<P extends PassageLike>(article: { passages: P[] }, id: string): P | undefined {
  return article.passages.find((p) => p.id === id);
}

/**
 * The heading a passage stands under (a heading stands under itself). Undefined for a lead paragraph before the
 * first heading, and for an id the article does not have: callers fall back to the article's title.
 */
export function passageHeading<P extends PassageLike>(article: { passages: P[] }, id: string): P | undefined {
  const passage = findPassage(article, id);
  const headingId = passage?.kind === 'heading' ? passage.id : passage?.heading;
  return headingId ? findPassage(article, headingId) : undefined;
}

/** A short start of a paragraph for link text: English cut after 16 words, Chinese after 36 characters. */
export function passageExcerpt(text: string, locale: Locale, max = locale === 'zh' ? 36 : 16): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (locale === 'zh') return clean.length > max ? `${clean.slice(0, max)}……` : clean;
  const words = clean.split(' ');
  return words.length > max ? `${words.slice(0, max).join(' ')}…` : clean;
}

/** How a link to a passage reads: a heading as it is, a paragraph by its first words. */
export function passageLinkText(passage: Pick<Passage, 'kind' | 'text'>, locale: Locale): string {
  return passage.kind === 'heading' ? passage.text : passageExcerpt(passage.text, locale);
}
