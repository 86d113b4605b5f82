/**
 * What a citation is made from (`CiteSource`, built from an article by lib/cite/article.ts) and what every format
 * reads from it the same way: the dates (one per entry, the version consulted; see lib/cite/index.ts) and the title
 * with its passage heading, in a style's casing.
 */
import type { Locale } from '../i18n/routing';
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
export interface Ymd {
  y: number;
  m: number;
  d: number;
  iso: string;
}

export function parseDate(iso: string): Ymd {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = new Date(`${iso}T00:00:00Z`);
  // Round-tripping catches impossible dates such as 2026-02-30, which Date would silently roll over.
  if (!match || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) {
    throw new Error(`cite: expected an ISO date YYYY-MM-DD, got "${iso}"`);
  }
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]), iso };
}

export const monthName = (m: number) => MONTHS[m - 1] ?? '';
/** The date of the version being cited (see header). */
export function versionDate(s: CiteSource): Ymd {
  return parseDate(s.updated ?? s.published);
}

export const isRevised = (s: CiteSource) => s.updated !== undefined && s.updated !== s.published;

/** Collapse line breaks and runs of spaces: every format here is one logical line per field. */
export const clean = (t: string) => t.replace(/\s+/g, ' ').trim();

export type Casing = 'given' | 'sentence' | 'headline';

/** A sentence-case heading in a style's casing. */
export function casedLabel(label: string, casing: Casing): string {
  const text = clean(label);
  return casing === 'headline' ? headlineCase(text) : casing === 'sentence' ? sentenceCase(text) : text;
}

/**
 * The title in a style's casing, with the passage heading as other title information (`：` in Chinese). 'given' is
 * GB/T 7714's and the metadata's form: the title as the editors capitalise it in sentence case (first word after
 * the colon capitalised), the heading as written.
 */
export function fullTitle(s: CiteSource, casing: Casing = 'given'): string {
  const title = clean(!s.titleForms ? s.title : s.titleForms[casing === 'given' ? 'sentence' : casing]);
  if (!s.passageLabel) return title;
  return s.locale === 'zh' ? `${title}：${clean(s.passageLabel)}` : `${title}: ${casedLabel(s.passageLabel, casing)}`;
}

/** The Pinyin title (and heading), sentence case; undefined when the source has none. */
export function romanTitle(s: CiteSource): string | undefined {
  const r = s.romanized;
  if (!r) return undefined;
  return r.passageLabel && s.passageLabel ? `${clean(r.title)}: ${sentenceCase(r.passageLabel)}` : clean(r.title);
}
