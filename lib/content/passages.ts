/**
 * Passages and articles: the one place that knows a passage's address and the heading it stands under.
 * Plain functions over loaded articles (no server-only), so pages, feeds, search documents and client leaves can
 * share them.
 */
import type { Locale } from '../i18n/routing';
import type { Passage } from './mdx';
import type { SectionId } from './sections';

/** The address of a passage: its article's path with the passage id as the fragment. */
export function passageUrl(locale: Locale, section: SectionId, id: string): string {
  return `/${locale}/${section}#${id}`;
}

export function findPassage(article: { passages: Passage[] }, id: string): Passage | undefined {
  return article.passages.find((p) => p.id === id);
}

/**
 * The heading a passage stands under: a heading is its own, a paragraph before the first heading stands under
 * the article's title. Undefined for an id the article does not have.
 */
export function passageHeading(
  article: { passages: Passage[]; title: string },
  id: string,
): Passage | { id: undefined; text: string } | undefined {
  const passage = findPassage(article, id);
  if (!passage) return undefined;
  const headingId = passage.kind === 'heading' ? passage.id : passage.heading;
  return (headingId && findPassage(article, headingId)) || { id: undefined, text: article.title };
}
