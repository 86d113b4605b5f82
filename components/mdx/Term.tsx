import { getTranslations } from 'next-intl/server';
import { getTerm } from '@/lib/content';
import { colonMark } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';
import { TermName } from '@/components/glossary/TermName';
import { href } from '@/lib/routes';
import { TERM_ATTR } from '@/components/glossary/term-keys';

/**
 * A glossary term's first use in a section of an article: an ordinary link to the term page, so it works
 * without JavaScript. Its mark is quiet (the text keeps its colour, a dotted underline in the accent colour, solid
 * on hover), so a paragraph with three terms still reads as prose, and it is not the solid underline of other
 * links. The card beside it is rendered here on the server (no client data fetch) and starts `hidden` (display:
 * none, so the paragraph reads and flows as if it were not there); its styles are named classes
 * (app/styles/terms.css), not utilities repeated on each of an article's dozens of cards. TermCards.client.tsx, one
 * delegated listener for the whole page, shows it on hover, focus or a first tap.
 *
 * The card's text is `aria-hidden` and reaches assistive technology only as the link's description
 * (`aria-describedby` may point at hidden content): once, on the link, and never a second time in the reading
 * order when it is open. Below it, an "Open entry" link leads on to the term's page: on touch the first tap on the
 * term opens the card, and this is the next tap; with a keyboard it is the next Tab stop while the card is open
 * (a hidden card's link is not focusable). The id carries the locale because the parallel view shows both
 * languages on one page.
 */
export async function Term({
  id,
  locale,
  use = 1,
  children,
}: {
  id: string;
  locale: Locale;
  /** Which link to this term in the article (lib/content/mdx.ts links the first use in each section). */
  use?: number;
  children: React.ReactNode;
}) {
  const term = await getTerm(id);
  if (!term) throw new Error(`Term: unknown glossary term "${id}"`);
  const cardId = `term-card-${locale}-${term.id}${use > 1 ? `-${use}` : ''}`;
  const termPage = href.term(locale, term.id);
  const t = await getTranslations({ locale, namespace: 'glossary' });
  return (
    <>
      <a href={termPage} className="term-link" {...{ [TERM_ATTR.link]: cardId }} aria-describedby={`${cardId}-text`}>
        {children}
      </a>
      <span id={cardId} hidden {...{ [TERM_ATTR.card]: '' }} className="term-card">
        <span id={`${cardId}-text`} aria-hidden="true" className="term-card-text">
          <span className="term-card-names">
            <TermName term={term} name="zh" locale={locale} className="term-card-zh" />
            <TermName term={term} name="pinyin" locale={locale} className="term-card-pinyin" />
          </span>
          <TermName term={term} name="en" locale={locale} className="term-card-en" />
          <span className="term-card-short">{term.short[locale]}</span>
        </span>
        <a href={termPage} className="link term-card-entry" {...{ [TERM_ATTR.entry]: '' }}>
          {t('openEntry')}
          <span className="sr-only">
            {colonMark[locale]}
            {term[locale]}
          </span>
          <span aria-hidden="true"> →</span>
        </a>
      </span>
    </>
  );
}
