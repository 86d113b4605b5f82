/**
 * The DOM protocol of the term cards, owned here. Term.tsx (server markup, inside the article's static HTML) writes
 * each term's link and, beside it, its hidden card; TermCards.client.tsx shows and places a card from one set of
 * delegated listeners; lib/cite/reading.ts leaves the cards out of every quote; app/globals.css and
 * app/styles/print.css style them (checked by lib/testing/css-keys.test.ts).
 */
export const TERM_ATTR = {
  /** On a term's link: the id of its card. */
  link: 'data-term',
  /** On the card. */
  card: 'data-term-card',
  /** On the card's link to the term's own page. */
  entry: 'data-term-entry',
} as const;

export const TERM = {
  link: `a[${TERM_ATTR.link}]`,
  card: `[${TERM_ATTR.card}]`,
} as const;
