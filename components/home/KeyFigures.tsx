import { figurePeriod, pick, type FigureEntry } from '@/lib/content';
import type { Locale } from '@/lib/i18n/routing';

/** Key figures set large, each linking to the passage that states it. */
export function KeyFigures({ figures, locale }: { figures: FigureEntry[]; locale: Locale }) {
  return (
    <ul className="mt-10 grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-4">
      {figures.map((f) => (
        <li key={f.id} className="border-t-2 border-accent pt-4">
          <a href={`/${locale}/${f.passage.section}#${f.passage.id}`} className="group block">
            <span className="block font-serif text-figure font-bold text-accent tabular-nums">
              {pick(f.value, locale)}
              <span className="ml-1 text-lg font-semibold text-ink">{f.unit[locale]}</span>
            </span>
            <span className="mt-2 block leading-snug group-hover:text-accent">{f.label[locale]}</span>
            <span className={`mt-1 block text-sm text-muted${figurePeriod(f, locale).stated ? '' : 'italic'}`}>
              {figurePeriod(f, locale).text}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
