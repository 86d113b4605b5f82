import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/i18n/format';
import { getArticle, passageHeading, type CorrectionEntry } from '@/lib/content';
import { sectionIds, href } from '@/lib/routes';
import type { Locale } from '@/lib/i18n/routing';
import { TitledSection } from '@/components/TitledSection';

/** Fragment id of a correction note; passage markers link to it. */
export const correctionAnchor = (id: string) => `correction-${id}`;

/**
 * Entries of the corrections log, in the order given (the log is newest first). Each names its date, kind and
 * passage (linked) on one line, then what changed and why. `onPage` links passages with a bare fragment (the article's own end
 * section); otherwise with the full address.
 */
export async function CorrectionsList({
  entries,
  locale,
  onPage = false,
}: {
  entries: CorrectionEntry[];
  locale: Locale;
  onPage?: boolean;
}) {
  const [t, tc] = await Promise.all([
    getTranslations({ locale, namespace: 'about.corrections' }),
    getTranslations({ locale, namespace: 'common' }),
  ]);
  const rows = await Promise.all(
    entries.map(async (c) => {
      const article = await getArticle(locale, c.section);
      return { c, heading: passageHeading(article, c.passage)?.text ?? article.title };
    }),
  );
  return (
    <ol className={onPage ? 'mt-6 space-y-6' : 'mt-4 space-y-5'} data-testid="corrections-list">
      {rows.map(({ c, heading }) => (
        <li key={c.id} id={correctionAnchor(c.id)} className="scroll-mt-24 border-l-2 border-accent pl-4" data-correction={c.id}>
          <p className="text-sm text-muted">
            <time dateTime={c.date}>{formatDate(c.date, locale)}</time> ·{' '}
            <span className="font-semibold text-ochre">{t(`kind.${c.kind}`)}</span>
            {!onPage && c.languages.length === 1 && (
              <>
                {' · '}
                <span data-testid="correction-languages">{t('only')}</span>
              </>
            )}
            {' · '}
            {t('passage')}
            {locale === 'en' && ' '}
            <a
              className="link"
              href={onPage ? `#${c.passage}` : href.passage(locale, c.section, c.passage)}
              data-testid="correction-passage"
            >
              {onPage ? heading : `${tc(`sections.${c.section}`)} › ${heading}`}
            </a>
          </p>
          <p className="mt-1">{c.what[locale]}</p>
          <p className="mt-1 text-muted">
            {t('why')}
            {locale === 'en' && ' '}
            {c.why[locale]}
          </p>
        </li>
      ))}
    </ol>
  );
}

/**
 * "Corrections and updates" at the end of an article: one line (how many, the latest date) that opens the list in a
 * native <details>, so the notes do not fill the article's end and it works without JavaScript. A passage's marker
 * links to its note inside: browsers open a closed <details> that holds a fragment's target (HTML's "ancestor
 * details revealing" on navigation). `entries` are the article's entries for this page's language.
 */
export async function ArticleCorrections({ entries, locale }: { entries: CorrectionEntry[]; locale: Locale }) {
  if (entries.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'about.corrections' });
  const latest = entries
    .map((c) => c.date)
    .sort()
    .at(-1)!;
  return (
    <TitledSection
      titleId="corrections-title"
      title={t('articleTitle')}
      headingClassName="font-serif text-2xl font-bold"
      className="mt-16 border-t border-rule pt-8"
      data-testid="article-corrections"
    >
      <details className="corrections-details mt-3" data-testid="corrections-details">
        <summary className="min-h-11 cursor-pointer py-2.5 font-semibold text-accent" data-testid="corrections-summary">
          {/*
           * On paper the notes cannot open and the † marks are not printed, so the line keeps only its statement
           * and ends with a full stop, instead of breaking off at "show them".
           */}
          {t.rich('summary', {
            count: entries.length,
            date: formatDate(latest, locale),
            note: (chunks) => <span data-print="hide">{chunks}</span>,
            open: (chunks) => <span data-print="hide">{chunks}</span>,
            stop: (chunks) => <span className="hidden print:inline">{chunks}</span>,
          })}
        </summary>
        <CorrectionsList entries={entries} locale={locale} onPage />
        <p className="mt-6 text-sm">
          <a className="link" href={href.corrections(locale)}>
            {t('all')}
          </a>
        </p>
      </details>
    </TitledSection>
  );
}

/** The distinct dates of some entries, oldest first, written out and joined in the locale's way. */
function datesOf(items: readonly CorrectionEntry[], locale: Locale): string {
  const dates = [...new Set(items.map((c) => c.date))].sort().map((d) => formatDate(d, locale));
  if (dates.length < 2) return dates[0] ?? '';
  return locale === 'zh' ? `${dates.slice(0, -1).join('、')}和${dates.at(-1)}` : `${dates.slice(0, -1).join(', ')} and ${dates.at(-1)}`;
}

/**
 * One locale's corrections column, grouped by article (in the site's article order). Each group opens with a
 * dated note in the site's words: how many changes this language's text had, on which dates, and of what kind.
 * Corrections of fact follow item by item, open; changes that only credited the feature or only changed a
 * rendering (`nature` in content/corrections.json) are summed up in that note and listed in a closed native
 * <details>, so nothing is hidden and it works without JavaScript (a fragment link to one of them opens it: HTML's
 * "ancestor details revealing"). `entries` are already this locale's.
 */
export async function CorrectionsByArticle({ entries, locale }: { entries: CorrectionEntry[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'about.corrections' });
  /** Between sentences: a space in English, none in Chinese. */
  const gap = locale === 'en' ? ' ' : '';
  const groups = await Promise.all(
    sectionIds
      .map((section) => ({ section, items: entries.filter((c) => c.section === section) }))
      .filter((g) => g.items.length > 0)
      .map(async (g) => ({ ...g, article: await getArticle(locale, g.section) })),
  );
  return (
    <div className="mt-10 space-y-14">
      {groups.map(({ section, items, article }) => {
        const facts = items.filter((c) => c.nature === 'fact');
        const credits = items.filter((c) => c.nature === 'attribution');
        const wording = items.filter((c) => c.nature === 'wording');
        const folded = items.filter((c) => c.nature !== 'fact');
        return (
          <section key={section} aria-labelledby={`corrections-${section}`} data-testid="corrections-group" data-section={section}>
            <h2 id={`corrections-${section}`} className="font-serif text-2xl font-bold text-balance">
              <a className="link" href={href.article(locale, section)}>
                {article.title}
              </a>
            </h2>
            <p className="mt-3 leading-relaxed" data-testid="corrections-group-summary">
              {t('groupLead', { count: items.length, dates: datesOf(items, locale) })}
              {facts.length > 0 && gap + t('groupFacts', { count: facts.length })}
              {credits.length > 0 && gap + t('groupCredits', { count: credits.length })}
              {wording.length > 0 && gap + t('groupWording', { count: wording.length })}
            </p>
            {facts.length > 0 && (
              <>
                <h3 className="mt-6 font-semibold" id={`corrections-${section}-facts`}>
                  {t('factsTitle')}
                </h3>
                <CorrectionsList entries={facts} locale={locale} />
              </>
            )}
            {folded.length > 0 && (
              <details className="corrections-details mt-6" data-testid="corrections-folded">
                <summary className="min-h-11 cursor-pointer py-2.5 font-semibold text-accent">
                  {t.rich('foldedSummary', {
                    count: folded.length,
                    open: (chunks) => <span data-print="hide">{chunks}</span>,
                  })}
                </summary>
                <CorrectionsList entries={folded} locale={locale} />
              </details>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** The small "corrected" marker a changed passage carries, linking to its note. Its text is CSS content, so copying the passage never picks it up. */
export function CorrectionMark({ id, text, label }: { id: string; text: string; label: string }) {
  return (
    <a
      href={`#${correctionAnchor(id)}`}
      className="correction-mark"
      data-label={text}
      aria-label={label}
      data-testid="correction-mark"
      data-print="hide"
    />
  );
}
