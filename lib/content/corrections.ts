import type { Locale } from '../i18n/routing';
import type { CorrectionEntry } from './schema';
import type { SectionId } from './sections';

/**
 * The entries of the corrections log that a page shows: with `section`, only that article's; with `locale`, only
 * those that changed that language's text (an article page passes its own locale). Order is kept (newest first).
 */
export function correctionsFor(all: readonly CorrectionEntry[], { section, locale }: { section?: SectionId; locale?: Locale } = {}) {
  return all.filter((c) => (!section || c.section === section) && (!locale || c.languages.includes(locale)));
}
