import { getTranslations } from 'next-intl/server';
import { getArticle, pick, type FigureEntry } from '@/lib/content';
import type { Locale } from '@/lib/i18n/routing';
import { Mixed } from '@/components/Mixed';

/**
 * The key figures as a data table: number and unit, year, what it measures, the passage that states it and the
 * source. The wrapper scrolls sideways on a phone and is focusable, so the scroll works from the keyboard.
 */
export async function FiguresTable({ figures, locale }: { figures: FigureEntry[]; locale: Locale }) {
  const [t, tc] = await Promise.all([getTranslations({ locale, namespace: 'press' }), getTranslations({ locale, namespace: 'common' })]);
  const rows = await Promise.all(
    figures.map(async (f) => {
      const article = await getArticle(locale, f.passage.section);
      const passage = article.passages.find((p) => p.id === f.passage.id);
      const heading = article.passages.find((p) => p.id === (passage?.kind === 'heading' ? passage.id : passage?.heading));
      return { f, where: heading?.text ?? article.title };
    }),
  );
  const th = 'px-3 py-3 text-left align-bottom text-xs font-semibold tracking-wider uppercase text-muted';
  return (
    <div className="mt-6 overflow-x-auto rounded-md border border-rule" tabIndex={0} role="region" aria-labelledby="figures-caption">
      <table className="w-full min-w-[52rem] border-collapse text-[0.95rem]" data-testid="figures-table">
        <caption id="figures-caption" className="sr-only">
          {t('figures.caption')}
        </caption>
        <thead className="bg-paper-2">
          <tr>
            <th scope="col" className={th}>
              {t('figures.value')}
            </th>
            <th scope="col" className={th}>
              {t('figures.year')}
            </th>
            <th scope="col" className={th}>
              {t('figures.measures')}
            </th>
            <th scope="col" className={th}>
              {t('figures.passage')}
            </th>
            <th scope="col" className={th}>
              {t('figures.source')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ f, where }) => (
            <tr key={f.id} className="border-t border-rule align-top">
              <th scope="row" className="px-3 py-4 text-left font-normal whitespace-nowrap">
                <span className="font-serif text-2xl font-bold text-accent tabular-nums">{pick(f.value, locale)}</span>{' '}
                <span className="font-semibold">{f.unit[locale]}</span>
              </th>
              <td className="px-3 py-4 whitespace-nowrap tabular-nums">{f.year}</td>
              <td className="px-3 py-4 leading-snug">{f.label[locale]}</td>
              <td className="px-3 py-4 leading-snug">
                <a className="link" href={`/${locale}/${f.passage.section}#${f.passage.id}`} data-testid="figure-passage">
                  {tc(`sections.${f.passage.section}`)} › {where}
                </a>
              </td>
              <td className="px-3 py-4 text-sm leading-snug text-muted">
                <Mixed text={f.source[locale]} locale={locale} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
