/**
 * The one place that turns a figure's period into the words a page shows. Every renderer of key figures (press
 * table, brief, home, cards) calls `figurePeriod`, so "not stated" reads the same everywhere and no page can show a
 * year of its own. Plain module (no server-only): client leaves may use it too.
 */
import type { Locale } from '../i18n/routing';
import { notStated, type FigureEntry } from './schema';

export const notStatedLabel = { zh: '报道未注明时间', en: 'No date given in the feature' } as const;

export interface FigurePeriodLabel {
  /** false when the feature gives no period: style it as a note, not as a date. */
  stated: boolean;
  text: string;
}

export function figurePeriod(figure: Pick<FigureEntry, 'period'>, locale: Locale): FigurePeriodLabel {
  return figure.period === notStated ? { stated: false, text: notStatedLabel[locale] } : { stated: true, text: figure.period[locale] };
}
