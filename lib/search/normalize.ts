/**
 * Query normalisation and the "foldChars" used everywhere text is compared.
 *
 * Folding is done one code point at a time so that a folded string can be mapped
 * back to positions in the original text (the snippet builder needs that to mark
 * hits in the text the reader actually sees).
 */

/** Longest query we look at, in code points. Longer input is cut, never rejected. */
export const MAX_QUERY_LENGTH = 100;

import { stripTones } from '../text/han';

const foldCache = new Map<string, string>();

/**
 * Fold one code point: NFKC (full-width digits/letters → ASCII), lower case, and
 * strip combining marks so pinyin with tone marks (zhěng) equals plain pinyin (zheng).
 */
export function foldChar(ch: string): string {
  let f = foldCache.get(ch);
  if (f === undefined) {
    f = stripTones(ch.normalize('NFKC').toLowerCase());
    // Cache only single code points; the cache is bounded by the alphabet actually seen.
    if (foldCache.size < 50_000) foldCache.set(ch, f);
  }
  return f;
}

export function foldChars(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

export interface FoldedText {
  /** The original text split into code points (so cuts never split a surrogate pair). */
  cps: string[];
  folded: string;
  /** folded UTF-16 index → index into `cps` */
  map: number[];
}

export function foldWithMap(text: string): FoldedText {
  const cps = Array.from(text);
  let folded = '';
  const map: number[] = [];
  cps.forEach((ch, i) => {
    const f = foldChar(ch);
    folded += f;
    for (let k = 0; k < f.length; k++) map.push(i);
  });
  return { cps, folded, map };
}

/**
 * Key used for the exact-phrase test: folded, every run of punctuation/space becomes
 * one space, so "整山整沟、联排" contains "整山整沟" and "check-dams" equals "check dams".
 */
export function phraseKey(text: string): string {
  return foldChars(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Lone surrogates would make later string handling (and JSON) unreliable.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Control and format characters (NUL, bidi overrides, zero-width joiners…) carry no search meaning.
const CONTROL = /[\p{Cc}\p{Cf}]/gu;

/**
 * Turn whatever arrived in `?q=` into a safe, bounded query string.
 * Accepts string | string[] | undefined (Next.js searchParams shape); anything else → ''.
 * Trims, collapses whitespace, applies NFKC, and cuts to MAX_QUERY_LENGTH code points.
 */
export function normalizeQuery(q: unknown): string {
  let s: unknown = q;
  if (Array.isArray(s)) s = s.find((x) => typeof x === 'string');
  if (typeof s !== 'string') return '';
  // Bound the work before the (linear, but not free) normalisation of huge input:
  // NFKC can at most expand a little, so 4× the limit in UTF-16 units is plenty.
  if (s.length > MAX_QUERY_LENGTH * 4) s = s.slice(0, MAX_QUERY_LENGTH * 4);
  let t = (s as string)
    .replace(LONE_SURROGATE, '')
    .normalize('NFKC')
    .replace(/\s/gu, ' ') // before CONTROL: tabs/newlines are Cc but mean "space"
    .replace(CONTROL, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  const cps = Array.from(t);
  if (cps.length > MAX_QUERY_LENGTH) t = cps.slice(0, MAX_QUERY_LENGTH).join('').trimEnd();
  return t;
}

/** Whether `?q=` held more than MAX_QUERY_LENGTH characters (the page then says the query was cut). */
export function queryTooLong(q: unknown): boolean {
  const first = Array.isArray(q) ? q[0] : q;
  return typeof first === 'string' && Array.from(first.trim()).length > MAX_QUERY_LENGTH;
}
