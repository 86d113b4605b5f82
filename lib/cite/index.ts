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
import { bibtex, ris } from './reference-files';
import { apa, apaHtml, chicago, chicagoHtml, gbt7714, gbt7714Html, mla, mlaHtml } from './styles';
import type { CiteSource } from './source';

/*
 * The one import path for the rest of the site; the work is split by what it does:
 * source.ts (what a citation is made from, its dates and title), styles.ts (GB/T 7714, APA, Chicago, MLA),
 * reference-files.ts (biblatex and RIS, the citation key), quotation.ts (quote marks, the quote with attribution).
 */
export { accessedPlaceholder, type CiteSource, type Romanized, type TitleForms } from './source';
export { apa, apaHtml, chicago, chicagoHtml, gbt7714, gbt7714Html, mla, mlaHtml } from './styles';
export { bibtex, citationKey, ris, texEscape } from './reference-files';
export { quoteWithCitation } from './quotation';

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

/** Every format, the reader's own first: GB/T 7714 leads in Chinese, APA, Chicago and MLA in English. */
export function formatsFor(locale: Locale): readonly CiteFormat[] {
  const first: CiteFormat['id'][] = locale === 'zh' ? ['gbt7714'] : ['apa', 'chicago', 'mla'];
  return [...formats.filter((f) => first.includes(f.id)), ...formats.filter((f) => !first.includes(f.id))];
}
