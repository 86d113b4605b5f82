import { getTranslations } from 'next-intl/server';
import { figurePeriod, pick, type FigureEntry } from '@/lib/content';
import type { Locale } from '@/lib/i18n/routing';
import { href } from '@/lib/routes';

/**
 * Key figures as a compact grid: two to a row on phones, four on wide screens, the number large with its unit
 * under it, then what it counts and the period as the feature states it. Each card links to the passage that
 * states the number.
 */
export async function KeyFigures({ figures, locale }: { figures: FigureEntry[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'story.figures' });
  return (
    <ul className="mt-8 grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
      {figures.map((f) => {
        const period = figurePeriod(f, locale);
        return (
          <li key={f.id} className="flex">
            <a
              href={href.passage(locale, f.passage.section, f.passage.id)}
              className="group flex w-full flex-col rounded-md border-t-4 border-accent bg-paper p-3 shadow-[0_1px_0_var(--rule)] hover:bg-paper-2 sm:p-5"
            >
              <span className="block font-serif text-[clamp(1.5rem,1rem+2.2vw,2.75rem)] leading-none font-bold whitespace-nowrap text-accent tabular-nums">
                {pick(f.value, locale)}
              </span>
              <span className="mt-1 block text-sm font-semibold text-ink sm:text-base">{f.unit[locale]}</span>
              <span className="mt-2 block text-sm leading-snug text-pretty group-hover:text-accent sm:text-[0.95rem]">
                {f.label[locale]}
              </span>
              <span className="mt-auto block pt-2 text-xs text-muted">
                {period.stated ? t('periodStated', { period: period.text }) : <i>{period.text}</i>}
              </span>
              <span className="sr-only"> · {t('readPassage')}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
