/** Pure helpers for the glossary (no file access, so unit tests, pages and route handlers share them). */
import type { TermEntry } from '../content/schema';
import { foldLoose } from './fold';

export { foldLoose };

/**
 * Between the folded fields of a filter key. foldLoose() strips spaces from a query, so a query never spans two
 * fields; a space is also valid in an HTML attribute (a control character such as U+0001 is not).
 */
export const filterSeparator = ' ';

/** The text the instant filter matches against: Chinese, pinyin, English and every alias, folded. */
export function filterText(t: Pick<TermEntry, 'zh' | 'pinyin' | 'en' | 'aliases'>): string {
  return [t.zh, t.pinyin, t.en, ...t.aliases.zh, ...t.aliases.en].map(foldLoose).join(filterSeparator);
}

const collator = new Intl.Collator('en', { sensitivity: 'base', ignorePunctuation: true });

/** Sort key for an English heading: leading quotes and articles do not decide the order. */
export function englishKey(en: string): string {
  return en.replace(/^[“"‘'(]+/, '').replace(/^(the|a|an)\s+/i, '');
}

export function byPinyin<T extends Pick<TermEntry, 'pinyin'>>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) => collator.compare(foldLoose(a.pinyin), foldLoose(b.pinyin)));
}

export function byEnglish<T extends Pick<TermEntry, 'en'>>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) => collator.compare(englishKey(a.en), englishKey(b.en)));
}

/** The letter an entry is filed under in an A–Z list. */
export function initial(text: string): string {
  const c = foldLoose(text).charAt(0).toUpperCase();
  return /[A-Z]/.test(c) ? c : '#';
}

/**
 * Groups a sorted list under its initials, one group per letter in A–Z order ('#' last). The sort key and the
 * filing letter can disagree (a leading quote mark, an ignored article), so groups are merged by letter: a letter
 * appearing twice would give two sections the same id and name.
 */
export function byInitial<T>(terms: readonly T[], key: (t: T) => string): { letter: string; terms: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const t of terms) {
    const letter = initial(key(t));
    const group = groups.get(letter);
    if (group) group.push(t);
    else groups.set(letter, [t]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, terms: list }));
}
