/**
 * Quotation marks: a closing mark that is not doubled, double quotes nested inside a quoted title or quote, and the
 * quote with its short attribution for “copy quote with citation”.
 */
import { clean, fullTitle, isRevised, monthName, parseDate, versionDate, type CiteSource } from './source';

export const TERMINAL = /[.?!。？！]$/;

/** Add closing punctuation unless the text already ends in a terminal mark (“Why?” not “Why?.”). */
export function close(text: string, punct: string): string {
  return TERMINAL.test(text) ? text : text + punct;
}

/**
 * Text set inside “…”: inner double quotes become single ones, and the closing mark goes inside them too, as
 * US style wants (`A ‘Saihanba of the coal sea.’”`, never `‘…’.”`). `punct` '' adds nothing.
 */
export function quoted(text: string, punct: string): string {
  const inner = nestQuotes(text);
  const m = /^(.*?)([’]+)$/.exec(inner);
  if (m && punct) return `“${close(m[1] ?? '', punct)}${m[2]}”`;
  return `“${punct ? close(inner, punct) : inner}”`;
}

/** Inner double quotes become single ones (“a ‘b’ c”), the nesting both English and Chinese style guides use. */
export function nestQuotes(q: string): string {
  return q.replace(/“/g, '‘').replace(/”/g, '’');
}

/**
 * A quotation with a short in-text attribution, for “copy quote with citation”:
 * `“quote” (Site, “Title,” November 29, 2026, updated December 1, 2026, URL)` in English;
 * `“引文”（网站《题名》，2026年11月29日发布，2026年12月1日更新，URL）` in Chinese. A short attribution, not a reference list
 * entry: it names when the piece appeared, and a later revision separately, as news sites date their stories.
 * The reference styles (lib/cite/styles.ts) keep the one date each asks for (lib/cite/index.ts).
 */
export function quoteWithCitation(quote: string, s: CiteSource): string {
  const q = nestQuotes(clean(quote));
  const p = parseDate(s.published);
  const u = isRevised(s) ? versionDate(s) : undefined;
  if (s.locale === 'zh') {
    const when = u ? `${p.y}年${p.m}月${p.d}日发布，${u.y}年${u.m}月${u.d}日更新` : `${p.y}年${p.m}月${p.d}日`;
    return `“${q}”（${clean(s.siteName)}《${fullTitle(s)}》，${when}，${s.url}）`;
  }
  const title = /[?!]$/.test(fullTitle(s, 'headline')) ? quoted(fullTitle(s, 'headline'), '') : quoted(fullTitle(s, 'headline'), ',');
  const when = `${monthName(p.m)} ${p.d}, ${p.y}` + (u ? `, updated ${monthName(u.m)} ${u.d}, ${u.y}` : '');
  return `“${q}” (${clean(s.siteName)}, ${title} ${when}, ${s.url})`;
}
