/**
 * Dates and numbers as the reader's language writes them. `intlTag` is the Intl locale of each site locale:
 * Simplified Chinese as used in mainland China, and British English (day before month, as the site's English uses).
 */
import type { Locale } from './routing';

export const intlTag: Record<Locale, string> = { zh: 'zh-CN', en: 'en-GB' };

/** The `xml:lang` of each locale's text in the data files (TMX, TBX): Chinese as written in mainland China, and English. */
export const docLang: Record<Locale, 'zh-CN' | 'en'> = { zh: 'zh-CN', en: 'en' };

/** A YYYY-MM-DD date in words ("2026年12月1日", "1 December 2026"), the same in every time zone. */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return new Intl.DateTimeFormat(intlTag[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A number with the locale's grouping, rounded to at most `maximumFractionDigits` places. */
export function formatNumber(n: number, locale: Locale, maximumFractionDigits = 0): string {
  // Chinese text writes its numbers without a thousands separator (8667公顷), as the articles do.
  return new Intl.NumberFormat(intlTag[locale], { maximumFractionDigits, useGrouping: locale === 'zh' ? false : 'auto' }).format(n);
}
