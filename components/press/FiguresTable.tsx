import { Amount } from '@/components/text/Amounts';
import { getTranslations } from 'next-intl/server';
import { figurePeriod, getArticle, passageHeading, pick, type FigureEntry } from '@/lib/content';
import { colon } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';
import { Mixed } from '@/components/Mixed';
import { href } from '@/lib/routes';

/** A figure's period as the feature states it, or the plain note that the feature gives none (set in italics). */
export function Period({ figure, locale }: { figure: FigureEntry; locale: Locale }) {
  const period = figurePeriod(figure, locale);
  return period.stated ? <span>{period.text}</span> : <em className="text-muted">{period.text}</em>;
}

/**
 * The key figures as a data table: number and unit, period as the feature states it, what it measures, the passage
 * that states it; the source, shared by the figures, once above it. Below 1024 px (phones and tablets) each row becomes a stacked card (app/styles/press.css,
 * `.figures-table`), every cell labelled with its column's name, so nothing is hidden and nothing scrolls sideways.
 */
export async function FiguresTable({ figures, locale }: { figures: FigureEntry[]; locale: Locale }) {
  const [t, tc] = await Promise.all([getTranslations({ locale, namespace: 'press' }), getTranslations({ locale, namespace: 'common' })]);
  const rows = await Promise.all(
    figures.map(async (f) => {
      const article = await getArticle(locale, f.passage.section);
      return { f, where: passageHeading(article, f.passage.id)?.text ?? article.title };
    }),
  );
  // The source most figures share is said once, above the table; a figure with another source names it in its row.
  const common = mostCommon(figures.map((f) => f.source[locale]));
  const th = 'px-3 py-3 text-left align-bottom text-xs font-semibold tracking-wider uppercase text-muted';
  return (
    <>
      {common && (
        <p className="mt-4 max-w-3xl text-sm text-muted" data-testid="figures-source">
          {colon(t('figures.source'), locale)}
          <Mixed text={common} locale={locale} />
        </p>
      )}
      <div className="mt-6 rounded-md border-rule lg:border">
        <table className="figures-table w-full border-collapse text-[0.95rem]" data-testid="figures-table">
          <caption id="figures-caption" className="sr-only">
            {t('figures.caption')}
          </caption>
          <thead className="bg-paper-2">
            <tr>
              <th scope="col" className={th}>
                {t('figures.value')}
              </th>
              <th scope="col" className={th}>
                {t('figures.period')}
              </th>
              <th scope="col" className={th}>
                {t('figures.measures')}
              </th>
              <th scope="col" className={th}>
                {t('figures.passage')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ f, where }) => (
              <tr key={f.id} className="border-t border-rule align-top">
                <th scope="row" className="px-3 py-4 text-left font-normal lg:whitespace-nowrap">
                  {/* Chinese sets a number and its measure word solid (20条); English spaces them. */}
                  <Amount
                    value={pick(f.value, locale)}
                    unit={f.unit[locale]}
                    locale={locale}
                    valueClassName="font-serif text-2xl font-bold text-accent tabular-nums"
                    unitClassName="font-semibold"
                  />
                </th>
                <td className="px-3 py-4 leading-snug lg:whitespace-nowrap" data-label={t('figures.period')} data-testid="figure-period">
                  <Period figure={f} locale={locale} />
                </td>
                <td className="px-3 py-4 leading-snug" data-label={t('figures.measures')}>
                  {f.label[locale]}
                  {f.source[locale] !== common && (
                    <span className="mt-1 block text-sm text-muted">
                      {colon(t('figures.source'), locale)}
                      <Mixed text={f.source[locale]} locale={locale} />
                    </span>
                  )}
                </td>
                <td className="px-3 py-4 leading-snug" data-label={t('figures.passage')}>
                  <a className="link" href={href.passage(locale, f.passage.section, f.passage.id)} data-testid="figure-passage">
                    {tc(`sections.${f.passage.section}`)} › {where}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
