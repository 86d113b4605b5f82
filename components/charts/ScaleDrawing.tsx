import { Amounts } from '@/components/text/Amounts';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { href } from '@/lib/routes';
import { getScale } from '@/lib/content';
import { formatNumber } from '@/lib/i18n/format';

/**
 * "How big is 130,000 mu?": the planned solar belt as a count of a familiar area (the Summer Palace in
 * Beijing, area and source in content/charts/pv-belt-scale.json), drawn as equal squares so area compares with
 * area. The belt's figure is the feature's own; the drawing claims nothing about its shape or place. A table
 * under the drawing gives the same numbers, each linked to where it comes from.
 */
export async function ScaleDrawing({
  locale,
  id = 'belt-scale',
  headingLevel = 3,
}: {
  locale: Locale;
  id?: string;
  /** 2 where the drawing stands directly under the page's h1 (top of an article), 3 inside a titled section. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const t = await getTranslations({ locale, namespace: 'story.scale' });
  const scale = await getScale();
  const ha = scale.belt.mu / 15;
  const times = ha / scale.reference.ha;
  const whole = Math.floor(times);
  const cols = 6;
  const rows = Math.ceil(times / cols);
  const cell = 44;
  const gap = 6;
  const w = cols * (cell + gap) - gap;
  const h = rows * (cell + gap) - gap;
  const values = { ha: formatNumber(ha, locale), times: formatNumber(times, locale), refHa: formatNumber(scale.reference.ha, locale) };
  const { section, id: passageId } = scale.belt.passage;
  const passage = href.passage(locale, section, passageId);
  return (
    <figure aria-labelledby={`${id}-title`} data-graphic="chart" className="rounded-md border border-rule bg-paper p-4 sm:p-6">
      <Heading id={`${id}-title`} className="font-serif text-xl font-bold sm:text-2xl">
        {t('title')}
      </Heading>
      <p className="mt-2 text-lg leading-snug text-pretty">
        <Amounts text={t('finding', values)} />
      </p>
      <div className="mt-5 grid gap-4">
        <svg viewBox={`0 0 ${w} ${h}`} className="h-auto w-full max-w-80" aria-hidden="true" data-graphic="">
          {Array.from({ length: rows * cols }, (_, i) => {
            const x = (i % cols) * (cell + gap);
            const y = Math.floor(i / cols) * (cell + gap);
            const fill = i < whole ? 1 : i === whole ? times - whole : 0;
            return (
              <g key={i}>
                <rect x={x} y={y} width={cell} height={cell} rx={3} className="fill-none stroke-rule" strokeWidth={1.5} />
                {fill > 0 && <rect x={x} y={y} width={cell * fill} height={cell} rx={3} className="fill-accent" />}
              </g>
            );
          })}
        </svg>
        <div className="space-y-2 text-[0.95rem] leading-relaxed text-muted">
          <p>
            <span aria-hidden="true" className="mr-2 inline-block h-3 w-3 rounded-sm bg-accent align-middle" />
            {t('unit', values)}
          </p>
          <p>{t('method', values)}</p>
        </div>
      </div>
      <table className="mt-5 w-full border-collapse text-left text-sm">
        <caption className="pb-2 text-left font-semibold">{t('table')}</caption>
        <thead>
          <tr className="border-b border-rule">
            <th scope="col" className="py-1.5 pr-3 font-semibold">
              {t('colWhat')}
            </th>
            <th scope="col" className="py-1.5 pr-3 text-right font-semibold">
              {t('colArea')}
            </th>
            <th scope="col" className="py-1.5 font-semibold">
              {t('colSource')}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className="border-b border-rule">
            <th scope="row" className="py-1.5 pr-3 font-normal">
              <Amounts text={t('belt', values)} />
            </th>
            <td className="py-1.5 pr-3 text-right tabular-nums">
              <a className="link" href={passage}>
                {values.ha}
              </a>
            </td>
            <td className="py-1.5">
              <a className="link" href={passage}>
                {t('sourceFeature')}
              </a>
            </td>
          </tr>
          <tr>
            <th scope="row" className="py-1.5 pr-3 font-normal">
              {scale.reference.name[locale]}
            </th>
            <td className="py-1.5 pr-3 text-right tabular-nums">
              <a className="link" href={scale.reference.sourceUrl}>
                {values.refHa}
              </a>
            </td>
            <td className="py-1.5">
              <a className="link" href={scale.reference.sourceUrl}>
                {t('sourceUnesco')}
              </a>
            </td>
          </tr>
        </tbody>
      </table>
    </figure>
  );
}
