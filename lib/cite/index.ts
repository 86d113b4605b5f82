/**
 * Citation formats for the journalist tools. Pure functions, no React.
 *
 * Conventions chosen here (a style guide question a reader may ask about; shared/reviews/citations-review.md
 * compared every string with citeproc and the official CSL styles):
 * - One date per entry: the update date when it differs from publication, else the publication date.
 *   APA 7, Chicago 18 (“Last modified”), MLA 9 and GB/T 7714—2025 (“更新或修改日期”) all ask for the
 *   date of the version consulted. BibTeX/RIS carry the same date so every format agrees. The quote attribution is
 *   not a reference entry: it gives the publication date, and "updated …" after it when the page was revised.
 * - The site is author, publisher and website at once. APA 7 and Chicago (cf. the “Yale University.
 *   “About Yale: Yale Facts.”” example) drop the repeated site name; MLA 9 drops the author and the
 *   publisher and keeps the site as the italic container.
 * - Passage citations: every style gets “Title: Passage heading”, the shape all four guides already use
 *   for a title with other title information (GB/T 7714 “题名：其他题名信息”, full-width in Chinese), and the
 *   URL carries the #passage fragment, which is what actually locates the text. Double quotes inside a
 *   quoted title become single ones, and US style puts the closing period or comma inside both.
 * - English titles are cased per style from two forms the editors write in the frontmatter (automatic casing
 *   gets “From” and proper nouns wrong): sentence case for APA, headline case for Chicago and MLA; GB/T 7714
 *   copies the title as the page gives it.
 * - GB/T 7714—2025 (in force since 2026-07-01, replacing 7714-2015): the date of update in full-width
 *   （更新或修改日期） in every entry, Western ones included, as the standard's own examples and the official CSL
 *   style (china-national-standard-gb-t-7714-2025-numeric) set it.
 * - English passage headings are written in sentence case; appended to a headline-case title (Chicago, MLA, the
 *   quote citation) they are set in headline case, and in APA the word after their own colon is capitalised
 *   (lib/cite/casing.ts).
 * - Access date: GB/T 7714 requires it; MLA 9 makes it optional and we include it because site pages
 *   are revised; APA 7 and Chicago want it only for undated or ever-changing pages, so they omit it.
 * - URLs keep their https:// scheme, also in MLA (MLA 9 allows it when links must work when pasted).
 * - Chinese pages in the English-language styles (APA, Chicago, MLA): the English page's title (and the passage's
 *   English heading) as a translation in square brackets (APA 7 §9.38, CMOS 14.98, MLA 9 §5.93). APA wants the
 *   Chinese author and title transliterated (Pinyin, lib/cite/romanize.ts) instead of the characters; Chicago
 *   gives the Pinyin followed by the characters; MLA keeps the original script, which it allows.
 * - MLA's “Accessed” blank is in English on every page: the reference is an English-language one.
 */
import type { Locale } from '../i18n/routing';
import { escapeHtml } from '../text/escape';
import { headlineCase, sentenceCase } from './casing';

/** The English forms of one title, as editors write them (see the article frontmatter). */
export interface TitleForms {
  /** APA: first word, first word after a colon and proper nouns capitalised. */
  sentence: string;
  /** Chicago and MLA: headline style, short prepositions and articles lower-cased. */
  headline: string;
}

export interface CiteSource {
  locale: Locale;
  /** Also the corporate author and the publisher. */
  siteName: string;
  title: string;
  /** English pages: the title in each style's casing. Without it the title is used as given. */
  titleForms?: TitleForms;
  /** Chinese pages: the English page's title, bracketed after the original in English-language styles. */
  translatedTitle?: TitleForms;
  /** Heading of the quoted passage, for passage citations (as written: sentence case in English). */
  passageLabel?: string;
  /** Chinese pages: the English heading of the same passage, translated with the title. */
  translatedPassageLabel?: string;
  /** Chinese pages: the Pinyin of the site name, the title and the passage heading (APA and Chicago). */
  romanized?: Romanized;
  /** Absolute public URL, including #passage when citing a passage. */
  url: string;
  /** ISO date YYYY-MM-DD. */
  published: string;
  updated?: string;
  /**
   * ISO date the reader consulted the page. Left out when it is not known (a page prerendered at build
   * time cannot know it): the human formats then show a bracketed placeholder for the reader to fill in,
   * and BibTeX/RIS leave the field out, so no format ever states a false access date.
   */
  accessed?: string;
}

/** Pinyin forms of a Chinese page's reference elements (lib/cite/romanize.ts). */
export interface Romanized {
  siteName: string;
  title: string;
  passageLabel?: string;
}

/** Shown in place of an unknown access date; brackets mark it as a blank to fill in. */
export const accessedPlaceholder = { zh: '引用日期', en: 'date accessed' } as const;

/** A run of citation text; italic runs become <i> in the HTML variant. */
type Seg = string | { i: string };

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
// MLA 9 abbreviates months longer than four letters in the works-cited list.
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'] as const;

interface Ymd {
  y: number;
  m: number;
  d: number;
  iso: string;
}

function parseDate(iso: string): Ymd {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = new Date(`${iso}T00:00:00Z`);
  // Round-tripping catches impossible dates such as 2026-02-30, which Date would silently roll over.
  if (!match || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) {
    throw new Error(`cite: expected an ISO date YYYY-MM-DD, got "${iso}"`);
  }
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]), iso };
}

const monthName = (m: number) => MONTHS[m - 1] ?? '';
const mlaMonth = (m: number) => MLA_MONTHS[m - 1] ?? '';

/** The date of the version being cited (see header). */
function versionDate(s: CiteSource): Ymd {
  return parseDate(s.updated ?? s.published);
}

const isRevised = (s: CiteSource) => s.updated !== undefined && s.updated !== s.published;

/** Collapse line breaks and runs of spaces: every format here is one logical line per field. */
const clean = (t: string) => t.replace(/\s+/g, ' ').trim();

type Casing = 'given' | 'sentence' | 'headline';

/** A sentence-case heading in a style's casing. */
function casedLabel(label: string, casing: Casing): string {
  const text = clean(label);
  return casing === 'headline' ? headlineCase(text) : casing === 'sentence' ? sentenceCase(text) : text;
}

/**
 * The title in a style's casing, with the passage heading as other title information (`：` in Chinese). 'given' is
 * GB/T 7714's and the metadata's form: the title as the editors capitalise it in sentence case (first word after
 * the colon capitalised), the heading as written.
 */
function fullTitle(s: CiteSource, casing: Casing = 'given'): string {
  const title = clean(!s.titleForms ? s.title : s.titleForms[casing === 'given' ? 'sentence' : casing]);
  if (!s.passageLabel) return title;
  return s.locale === 'zh' ? `${title}：${clean(s.passageLabel)}` : `${title}: ${casedLabel(s.passageLabel, casing)}`;
}

/** The Pinyin title (and heading), sentence case; undefined when the source has none. */
function romanTitle(s: CiteSource): string | undefined {
  const r = s.romanized;
  if (!r) return undefined;
  return r.passageLabel && s.passageLabel ? `${clean(r.title)}: ${sentenceCase(r.passageLabel)}` : clean(r.title);
}

const TERMINAL = /[.?!。？！]$/;

/** Add closing punctuation unless the text already ends in a terminal mark (“Why?” not “Why?.”). */
function close(text: string, punct: string): string {
  return TERMINAL.test(text) ? text : text + punct;
}

/**
 * Text set inside “…”: inner double quotes become single ones, and the closing mark goes inside them too, as
 * US style wants (`A ‘Saihanba of the coal sea.’”`, never `‘…’.”`). `punct` '' adds nothing.
 */
function quoted(text: string, punct: string): string {
  const inner = nestQuotes(text);
  const m = /^(.*?)([’]+)$/.exec(inner);
  if (m && punct) return `“${close(m[1] ?? '', punct)}${m[2]}”`;
  return `“${punct ? close(inner, punct) : inner}”`;
}

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

// ---- Citation key: stable across re-citations, distinct per page, passage and language.
const KEY_PREFIX = 'zhungeer';

function safeDecode(p: string): string {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

export function citationKey(s: CiteSource): string {
  const u = new URL(s.url);
  const segments = u.pathname
    .split('/')
    .map(safeDecode)
    .filter((p) => p !== '' && p !== s.locale);
  const parts = [...segments, u.hash.slice(1)]
    .map((p) =>
      p
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean);
  return [`${KEY_PREFIX}${parseDate(s.published).y}`, ...parts, s.locale].join('-');
}

// ---- BibTeX: biblatex @online, the entry type made for web pages (url + urldate are first-class).
// Text fields are escaped for LaTeX. Braces become \textbraceleft{}/\textbraceright{} rather than \{ \}
// because BibTeX and biber count braces even after a backslash, so a lone \{ breaks the .bib parse.
// The url field is verbatim in biblatex (\url semantics), so # and % stay raw there; only characters
// that cannot appear raw in a URL yet would upset the .bib parser (braces, backslash, space) are
// percent-encoded. UTF-8 (Chinese titles) is written as-is: biber and XeLaTeX/LuaLaTeX read it.
const TEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

export function texEscape(t: string): string {
  return clean(t).replace(/[\\{}%&#_$~^]/g, (c) => TEX_ESCAPES[c] ?? c);
}

function bibUrl(url: string): string {
  return url.replace(/[{}\\ ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The sentence-case title with its proper nouns braced, as Zotero writes titles: reference managers that import
 * the file keep the sentence case their styles expect (APA, GB/T 7714), and biblatex styles that change case keep
 * the names: a capitalised word other than the first and the first after a colon is a proper noun, adjacent ones
 * share a group (`{Zhungeer Banner}`). Titles without editor forms (Chinese has no case) are escaped as given.
 */
function bibTitle(s: CiteSource): string {
  const words = fullTitle(s).split(' ');
  const out: string[] = [];
  let group: string[] = [];
  const flush = () => {
    if (group.length) out.push(`{${group.join(' ')}}`);
    group = [];
  };
  words.forEach((w, i) => {
    const opensClause = i === 0 || /:$/.test(words[i - 1] ?? '');
    if (s.titleForms && !opensClause && /^[“‘"(]?\p{Lu}/u.test(w)) group.push(texEscape(w));
    else {
      flush();
      out.push(texEscape(w));
    }
  });
  flush();
  return out.join(' ');
}

/** biblatex `langid` values (babel/polyglossia language names), so styles hyphenate and localise the entry. */
const LANGID: Record<Locale, string> = { zh: 'chinese', en: 'english' };

export function bibtex(s: CiteSource, key: string = citationKey(s)): string {
  const fields: [string, string][] = [
    // Double braces keep a corporate author from being split into given/family names.
    ['author', `{${texEscape(s.siteName)}}`],
    ['title', bibTitle(s)],
    // The website (biblatex's `organization` of an @online entry), read back as the website title on import.
    ['organization', `{${texEscape(s.siteName)}}`],
    ['date', versionDate(s).iso],
    ...(s.accessed ? [['urldate', parseDate(s.accessed).iso] as [string, string]] : []),
    ['url', bibUrl(s.url)],
    ['langid', LANGID[s.locale]],
  ];
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@online{${key},\n${body}\n}`;
}

// ---- RIS: one "TAG  - value" per line, \n line ends, closing "ER  - ".
function risDate(d: Ymd): string {
  return d.iso.replace(/-/g, '/');
}

export function ris(s: CiteSource): string {
  const d = versionDate(s);
  const lines: [string, string][] = [
    ['TY', 'ELEC'],
    ['AU', clean(s.siteName)],
    // Sentence case, as reference managers store titles: styles that want headline case make it themselves.
    ['TI', fullTitle(s)],
    // T2 is Zotero's and EndNote's “Website Title” for ELEC (MLA's container); PB would be dropped into a note.
    ['T2', clean(s.siteName)],
    ['PY', String(d.y)],
    ['DA', risDate(d)],
    ...(s.accessed ? [['Y2', risDate(parseDate(s.accessed))] as [string, string]] : []),
    ['UR', s.url.trim()],
    ['LA', s.locale],
  ];
  return [...lines.map(([t, v]) => `${t}  - ${v}`), 'ER  - '].join('\n');
}

// ---- For the UI: each entry's html (when present) is the same citation with <i> for italics.
export interface CiteFormat {
  id: 'gbt7714' | 'apa' | 'chicago' | 'mla' | 'bibtex' | 'ris';
  label: { zh: string; en: string };
  fn: (s: CiteSource) => string;
  html?: (s: CiteSource) => string;
  /** Machine-readable formats are shown as code and offered as a download. */
  code: boolean;
}

export const formats: readonly CiteFormat[] = [
  { id: 'gbt7714', label: { zh: 'GB/T 7714—2025', en: 'GB/T 7714—2025 (Chinese standard)' }, fn: gbt7714, html: gbt7714Html, code: false },
  { id: 'apa', label: { zh: 'APA（第7版）', en: 'APA (7th ed.)' }, fn: apa, html: apaHtml, code: false },
  {
    id: 'chicago',
    label: { zh: '芝加哥（第18版，注释—书目体系）', en: 'Chicago (18th ed., notes and bibliography)' },
    fn: chicago,
    html: chicagoHtml,
    code: false,
  },
  { id: 'mla', label: { zh: 'MLA（第9版）', en: 'MLA (9th ed.)' }, fn: mla, html: mlaHtml, code: false },
  // biblatex, not classic BibTeX: @online with date/url/urldate, which classic BibTeX styles ignore.
  { id: 'bibtex', label: { zh: 'BibLaTeX', en: 'BibLaTeX' }, fn: (s) => bibtex(s), code: true },
  { id: 'ris', label: { zh: 'RIS', en: 'RIS' }, fn: ris, code: true },
];

// ---- A quotation with a short in-text attribution, for “copy quote with citation”.
// Inner double quotes become single ones (“a ‘b’ c”), the nesting both English and Chinese style guides use.
function nestQuotes(q: string): string {
  return q.replace(/“/g, '‘').replace(/”/g, '’');
}

/**
 * `“quote” (Site, “Title,” November 29, 2026, updated December 1, 2026, URL)` in English;
 * `“引文”（网站《题名》，2026年11月29日发布，2026年12月1日更新，URL）` in Chinese. A short attribution, not a reference list
 * entry: it names when the piece appeared, and a later revision separately, as news sites date their stories.
 * The reference styles above keep the one date each asks for (see the header).
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

/** Every format, the reader's own first: GB/T 7714 leads in Chinese, APA, Chicago and MLA in English. */
export function formatsFor(locale: Locale): readonly CiteFormat[] {
  const first: CiteFormat['id'][] = locale === 'zh' ? ['gbt7714'] : ['apa', 'chicago', 'mla'];
  return [...formats.filter((f) => first.includes(f.id)), ...formats.filter((f) => !first.includes(f.id))];
}
