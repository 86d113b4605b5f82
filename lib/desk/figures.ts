/**
 * The key figures as data for a news desk: one row per figure, in one language, with the period in the feature's
 * own words (or the site's "not stated" wording), the passage that states it and that passage's text as the
 * article words it. CSV (RFC 4180, UTF-8 with a BOM so Excel opens Chinese right) and JSON carry the same fields.
 */
import { absoluteUrl, siteName } from '../config';
import { figurePeriod, type FigurePeriodLabel } from '../content/figures';
import { findPassage } from '../content/passages';
import { href, type SectionId } from '../routes';
import type { FigureEntry } from '../content/schema';
import { toCsv } from '../text/csv';
import type { Locale } from '../i18n/routing';

export interface FigureRow {
  figure: string;
  label: string;
  value: string;
  unit: string;
  period: string;
  period_stated: boolean;
  passage_url: string;
  wording: string;
  source: string;
}

type ArticlePassages = { passages: { id: string; text: string; kind: 'heading' | 'paragraph'; heading?: string }[] };

/** Rows for one locale. `articleOf` gives the article a figure's passage is in (the build checks it exists). */
export function figureRows(
  figures: readonly FigureEntry[],
  locale: Locale,
  articleOf: (section: SectionId) => ArticlePassages,
): FigureRow[] {
  return figures.map((f) => {
    const section = f.passage.section as SectionId;
    const passage = findPassage(articleOf(section), f.passage.id);
    if (!passage) throw new Error(`content/figures.json: figure "${f.id}": passage "${f.passage.id}" is not in ${section}`);
    const period: FigurePeriodLabel = figurePeriod(f, locale);
    return {
      figure: f.id,
      label: f.label[locale],
      value: typeof f.value === 'string' ? f.value : f.value[locale],
      unit: f.unit[locale],
      period: period.text,
      period_stated: period.stated,
      passage_url: absoluteUrl(href.passage(locale, section, f.passage.id)),
      wording: passage.text,
      source: f.source[locale],
    };
  });
}

export const figureColumns = ['figure', 'label', 'value', 'unit', 'period', 'period_stated', 'passage_url', 'wording', 'source'] as const;

export function figuresCsv(rows: readonly FigureRow[]): string {
  return toCsv([figureColumns, ...rows.map((r) => figureColumns.map((c) => String(r[c])))]);
}

export function figuresJson(rows: readonly FigureRow[], locale: Locale): string {
  const body = {
    name: siteName[locale],
    url: absoluteUrl(href.press(locale)),
    language: locale,
    fields: {
      figure: 'id of the figure, the same in both languages',
      label: 'what it measures',
      value: 'the figure as the feature gives it',
      unit: 'its unit',
      period: 'the period in the feature’s own words, or the site’s note that the feature gives none',
      period_stated: 'false when the feature gives no period',
      passage_url: 'the passage that states it',
      wording: 'that passage’s text as the article words it',
      source: 'where the figure comes from',
    },
    figures: rows,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
