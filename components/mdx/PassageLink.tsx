import { hasHan } from '@/lib/text/han';
import { PASSAGE_ATTR } from '../cite/passage-keys';

/**
 * The link from a passage to itself, last in the passage. Its visible mark (¶ or #) is CSS generated content,
 * so selecting and copying the article's text never picks it up; the name comes from aria-label. Without
 * JavaScript it is an ordinary link (open, copy address); with it, ArticleTools makes the links one roving tab
 * stop and shows the passage's tools after it.
 */
export function PassageLink({ href, label, mark }: { href: string; label: string; mark: '¶' | '#' }) {
  return <a href={href} aria-label={label} className="passage-link" {...{ [PASSAGE_ATTR.link]: '' }} data-mark={mark} data-print="hide" />;
}

/** A short, recognisable start of a passage for the link's accessible name. */
export function excerpt(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (hasHan(t.slice(0, 12))) return [...t].length > 14 ? `${[...t].slice(0, 14).join('')}…` : t;
  const words = t.split(' ');
  return words.length > 7 ? `${words.slice(0, 7).join(' ')}…` : t;
}
