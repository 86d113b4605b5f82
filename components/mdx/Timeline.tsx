import { getTranslations } from 'next-intl/server';
import { getTimeline } from '@/lib/content';
import type { Locale } from '@/lib/i18n/routing';
import { href } from '@/lib/routes';

/**
 * `<Timeline />`: the plans and deadlines from content/timeline.json as an ordered list. Plain HTML and CSS, so
 * it reads the same without JavaScript, to a screen reader and on paper.
 */
export async function Timeline({
  locale,
  wide = true,
}: {
  locale: Locale;
  /** In an article it reaches past the text column on wide screens; false where it sits in a grid cell (home). */
  wide?: boolean;
}) {
  const [entries, t] = await Promise.all([getTimeline(), getTranslations({ locale, namespace: 'article' })]);
  return (
    // A section, not a <figure>: a figure's caption must come first or last, and the heading goes before it.
    <section
      className={`my-12 break-inside-avoid rounded-md border border-rule bg-paper-2 p-5 sm:p-8 ${wide ? 'xl:-mx-16' : ''}`}
      aria-labelledby="timeline-title"
    >
      <h2 id="timeline-title" className="font-serif text-xl font-bold">
        {t('timelineTitle')}
      </h2>
      <p className="mt-1 text-sm text-muted">{t('timelineCaption')}</p>
      <ol className="mt-6 space-y-0">
        {entries.map((entry) => (
          <li key={entry.id} className="relative grid gap-1 border-l-2 border-rule pb-6 pl-6 last:pb-0 sm:grid-cols-[10rem_1fr] sm:gap-6">
            <span
              aria-hidden="true"
              className={`absolute top-1.5 -left-[7px] h-3 w-3 rounded-full ${entry.status === 'ahead' ? 'border-2 border-accent bg-paper' : 'bg-accent'}`}
            />
            <p className="font-semibold text-ochre tabular-nums">{entry.when[locale]}</p>
            <div>
              <p className="text-xs font-semibold tracking-wider text-muted uppercase">{t(`timelineStatus.${entry.status}`)}</p>
              <p className="mt-0.5 font-bold">{entry.title[locale]}</p>
              <p className="mt-1 text-[0.95rem] leading-relaxed text-muted">
                {entry.detail[locale]}{' '}
                <a
                  className="link whitespace-nowrap"
                  href={href.passage(locale, entry.passage.section, entry.passage.id)}
                  data-print="hide"
                >
                  {t('readPassage')}
                </a>
              </p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
