import { locales, type Locale } from '@/lib/i18n/routing';

/**
 * The protocol between the side-by-side view's markup (ParallelView.tsx, server HTML, no script) and its
 * stylesheet (app/styles/parallel.css), owned here. The language choice is a radio group; CSS :has() reads which
 * input is checked and hides the passages whose side is another language. The values are the locales themselves
 * (from lib/i18n/routing.ts) plus one for both; the CSS has to spell them out, and lib/testing/css-keys.test.ts
 * fails unless it names exactly these values.
 */
export const PARALLEL_ATTR = {
  /** On each column head and each side of a row: the locale it shows. */
  side: 'data-side',
  /** On each row: the passage's kind ("heading" or "paragraph", lib/content/mdx.ts). */
  kind: 'data-kind',
} as const;

export const PARALLEL_CHOICE = {
  /** The radio group's name. */
  name: 'parallel-show',
  /** The value that shows both languages (the default). */
  both: 'both',
} as const;

export type ParallelChoice = Locale | typeof PARALLEL_CHOICE.both;

/** Every value the choice can take: one per locale, then both. */
export const parallelChoices: readonly ParallelChoice[] = [...locales, PARALLEL_CHOICE.both];

/** The choice's options in reading order: the page's own language, the others, then both. */
export function choicesFor(first: Locale): ParallelChoice[] {
  return [first, ...locales.filter((l) => l !== first), PARALLEL_CHOICE.both];
}
