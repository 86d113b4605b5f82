/**
 * Dates, numbers, lists and the punctuation around a label as the reader's language writes them. `intlTag` is the
 * Intl locale of each site locale: Simplified Chinese as used in mainland China, and British English (day before
 * month, as the site's English uses). Components call these rather than choosing punctuation per locale themselves.
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

/**
 * How the items of a list are joined (Chinese punctuation after GB/T 15834—2011 《标点符号用法》):
 * - `and`: a list of things, "and" before the last: "a, b and c" (no serial comma, as British English writes it),
 *   "甲、乙和丙" (the enumeration comma 、 between words and phrases). Intl.ListFormat's conjunction.
 * - `enumeration`: items side by side, no "and": "a, b, c", "甲、乙、丙". Intl.ListFormat's narrow conjunction.
 * - `clauses`: parallel clauses, each with its own predicate ("3 correct errors of fact, 1 changes the wording
 *   only"): Chinese separates clauses with the comma "，" (GB/T 15834 keeps 、 for coordinate words and phrases),
 *   and English joins them as any list, "a, b and c".
 */
export type ListType = 'and' | 'enumeration' | 'clauses';

const listFormats = new Map<string, Intl.ListFormat>();

function listFormat(locale: Locale, style: Intl.ListFormatStyle): Intl.ListFormat {
  const key = `${locale} ${style}`;
  let f = listFormats.get(key);
  if (!f) listFormats.set(key, (f = new Intl.ListFormat(intlTag[locale], { type: 'conjunction', style })));
  return f;
}

/**
 * Any items (text or elements) with the locale's separators between them, in order: `[a, ', ', b, ' and ', c]`.
 * Elements keep their identity, so a caller can join keyed spans; the separators are plain strings.
 */
export function joinList<T>(items: readonly T[], locale: Locale, type: ListType = 'and'): (T | string)[] {
  if (type === 'clauses' && locale === 'zh') return items.flatMap((item, i) => (i === 0 ? [item] : ['，', item]));
  // The patterns of both locales keep the items in order ({0} before {1}), so the k-th element is the k-th item.
  let k = 0;
  return listFormat(locale, type === 'enumeration' ? 'narrow' : 'long')
    .formatToParts(items.map((_, i) => String(i)))
    .map((part) => (part.type === 'element' ? items[k++]! : part.value));
}

/** A list of strings as one string ("a, b and c"; "甲、乙和丙"). See `ListType`. */
export function formatList(parts: readonly string[], locale: Locale, type: ListType = 'and'): string {
  return joinList(parts, locale, type).join('');
}

/** The colon after a label, with what follows it: full-width "：" and no space in Chinese, ": " in English. */
export const colonMark: Record<Locale, string> = { zh: '：', en: ': ' };

/** `label` followed by the locale's colon ("来源：", "Source: "), ready for what it introduces. */
export function colon(label: string, locale: Locale): string {
  return `${label}${colonMark[locale]}`;
}

/**
 * `text` as a parenthetical to append to what precedes it: full-width brackets and no space in Chinese
 * ("（…）"), a space and ASCII brackets in English (" (…)").
 */
export function parenthetical(text: string, locale: Locale): string {
  return locale === 'zh' ? `（${text}）` : ` (${text})`;
}
