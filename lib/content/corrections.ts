import type { Locale } from '../i18n/routing';
import type { CorrectionEntry, CorrectionNature } from './schema';
import type { SectionId } from './sections';

/**
 * The entries of the corrections log that a page shows: with `section`, only that article's; with `locale`, only
 * those that changed that language's text (an article page passes its own locale). Order is kept (newest first).
 */
export function correctionsFor(all: readonly CorrectionEntry[], { section, locale }: { section?: SectionId; locale?: Locale } = {}) {
  return all.filter((c) => (!section || c.section === section) && (!locale || c.languages.includes(locale)));
}

/**
 * What an entry did to one language's text: its `nature`, or that language's value when the entry gives one per
 * language (the loader makes sure every language in `languages` has one).
 */
export function natureIn(c: CorrectionEntry, locale: Locale): CorrectionNature {
  return typeof c.nature === 'string' ? c.nature : c.nature[locale]!;
}

/** One language's entries split by nature, order kept: corrections of fact, clarifications, wording changes. */
export function byNature(entries: readonly CorrectionEntry[], locale: Locale) {
  const of = (n: CorrectionNature) => entries.filter((c) => natureIn(c, locale) === n);
  return { fact: of('fact'), attribution: of('attribution'), wording: of('wording') };
}

/**
 * The passages of one article's page that carry the † marker, each with the entry it links to: only passages with
 * at least one correction of fact in that language made to their own text (not `where` a glossary entry or the home
 * page restated them), linked to the newest such entry (the log is newest first).
 * Clarifications and wording changes carry no mark; they are counted and listed at the article's end and on the
 * corrections page. `entries` are the article's entries for `locale` (correctionsFor with section and locale).
 */
export function markedPassages(entries: readonly CorrectionEntry[], locale: Locale): Map<string, CorrectionEntry> {
  const marks = new Map<string, CorrectionEntry>();
  for (const c of entries)
    if (c.languages.includes(locale) && natureIn(c, locale) === 'fact' && !c.where && !marks.has(c.passage)) marks.set(c.passage, c);
  return marks;
}
