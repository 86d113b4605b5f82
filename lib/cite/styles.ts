/**
 * The four reference styles people read (GB/T 7714—2025, APA 7, Chicago 18, MLA 9), each as plain text and as HTML
 * with <i> for italics. The conventions they share are in lib/cite/index.ts.
 */
import { escapeHtml } from '../text/escape';
import { close, quoted, TERMINAL } from './quotation';
import {
  accessedPlaceholder,
  casedLabel,
  clean,
  fullTitle,
  isRevised,
  monthName,
  parseDate,
  romanTitle,
  versionDate,
  type Casing,
  type CiteSource,
} from './source';

/** A run of citation text; italic runs become <i> in the HTML variant. */
type Seg = string | { i: string };

// MLA 9 abbreviates months longer than four letters in the works-cited list.
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'] as const;

const mlaMonth = (m: number) => MLA_MONTHS[m - 1] ?? '';

/** ` [Translated title]` for a Chinese page in an English-language style, else ''. */
function translation(s: CiteSource, casing: Exclude<Casing, 'given'>): string {
  if (!s.translatedTitle) return '';
  const label = s.passageLabel && s.translatedPassageLabel ? `: ${casedLabel(s.translatedPassageLabel, casing)}` : '';
  return ` [${clean(s.translatedTitle[casing])}${label}]`;
}

function toText(segs: Seg[]): string {
  return segs.map((x) => (typeof x === 'string' ? x : x.i)).join('');
}

function toHtml(segs: Seg[]): string {
  return segs.map((x) => (typeof x === 'string' ? escapeHtml(x) : `<i>${escapeHtml(x.i)}</i>`)).join('');
}

// ---- GB/T 7714—2025, electronic resource: 作者. 题名[EB/OL]. （更新或修改日期）[引用日期]. URL.
function gbtSegs(s: CiteSource): Seg[] {
  const date = versionDate(s).iso;
  const accessed = s.accessed ? parseDate(s.accessed).iso : accessedPlaceholder[s.locale];
  return [`${clean(s.siteName)}. ${fullTitle(s)}[EB/OL]. （${date}）[${accessed}]. ${s.url}.`];
}

// ---- APA 7, web page by a group author: Group. (Year, Month Day). *Title* [Translation]. URL
function apaSegs(s: CiteSource): Seg[] {
  const d = versionDate(s);
  const title = romanTitle(s) ?? fullTitle(s, 'sentence');
  const author = clean(s.romanized?.siteName ?? s.siteName);
  const tr = translation(s, 'sentence');
  // APA's American punctuation: a title that ends in a quotation takes its period inside the closing mark (“…sea.”).
  const quoteEnd = !tr && /[”’"']$/u.test(title) && !TERMINAL.test(title.slice(0, -1));
  const shown = quoteEnd ? `${title.slice(0, -1)}.${title.slice(-1)}` : title;
  const end = quoteEnd || (!tr && TERMINAL.test(title)) ? '' : '.';
  return [`${close(author, '.')} (${d.y}, ${monthName(d.m)} ${d.d}). `, { i: shown }, `${tr}${end} ${s.url}`];
}

// ---- Chicago 18 (same as 17 here), bibliography entry for a web page: Author. “Title.” Month Day, Year. URL.
function chicagoSegs(s: CiteSource): Seg[] {
  const d = versionDate(s);
  const when = `${monthName(d.m)} ${d.d}, ${d.y}`;
  const date = isRevised(s) ? `Last modified ${when}` : when;
  const tr = translation(s, 'sentence');
  const roman = romanTitle(s);
  // Chinese pages: Pinyin, then the characters (CMOS 14.98: the original script may follow the romanisation).
  const shown = roman ? `${roman} ${fullTitle(s)}` : fullTitle(s, 'headline');
  const author = s.romanized ? `${clean(s.romanized.siteName)} ${clean(s.siteName)}` : clean(s.siteName);
  const title = tr ? `${quoted(shown, '')}${tr}.` : quoted(shown, '.');
  return [`${close(author, '.')} ${title} ${date}. ${s.url}.`];
}

// ---- MLA 9, web page whose author is the site: “Title.” *Site*, Day Mon. Year, URL. Accessed Day Mon. Year.
function mlaSegs(s: CiteSource): Seg[] {
  const d = versionDate(s);
  const a = s.accessed ? parseDate(s.accessed) : undefined;
  // An English-language reference on every page, so its blank is in English too.
  const accessed = a ? `${a.d} ${mlaMonth(a.m)} ${a.y}` : `[${accessedPlaceholder.en}]`;
  const tr = translation(s, 'headline');
  const title = tr ? `${quoted(fullTitle(s, 'headline'), '')}${tr}.` : quoted(fullTitle(s, 'headline'), '.');
  return [`${title} `, { i: clean(s.siteName) }, `, ${d.d} ${mlaMonth(d.m)} ${d.y}, ${s.url}. Accessed ${accessed}.`];
}

export const gbt7714 = (s: CiteSource): string => toText(gbtSegs(s));
export const apa = (s: CiteSource): string => toText(apaSegs(s));
export const chicago = (s: CiteSource): string => toText(chicagoSegs(s));
export const mla = (s: CiteSource): string => toText(mlaSegs(s));

export const gbt7714Html = (s: CiteSource): string => toHtml(gbtSegs(s));
export const apaHtml = (s: CiteSource): string => toHtml(apaSegs(s));
export const chicagoHtml = (s: CiteSource): string => toHtml(chicagoSegs(s));
export const mlaHtml = (s: CiteSource): string => toHtml(mlaSegs(s));
