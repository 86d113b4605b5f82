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
 * passage (linked), what changed and why. `onPage` links passages with a bare fragment (the article's own end
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
    <ol className="mt-6 space-y-6" data-testid="corrections-list">
      {rows.map(({ c, heading }) => (
        <li key={c.id} id={correctionAnchor(c.id)} className="scroll-mt-24 border-l-2 border-accent pl-4" data-correction={c.id}>
          <p className="text-sm text-muted">
            <time dateTime={c.date}>{formatDate(c.date, locale)}</time> ·{' '}
            <span className="font-semibold text-ochre">{t(`kind.${c.kind}`)}</span>
          </p>
          {!onPage && (
            <p className="mt-1 text-sm text-muted" data-testid="correction-languages">
              {t(`languages.${c.languages.length > 1 ? 'both' : c.languages[0]!}`)}
            </p>
          )}
          <p className="mt-1">{c.what[locale]}</p>
          <p className="mt-1 text-muted">
            {t('why')}
            {locale === 'en' && ' '}
            {c.why[locale]}
          </p>
          <p className="mt-1 text-sm">
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

/**
 * The whole log grouped by article (in the site's article order), each group under the article's title with a
 * one-line summary: how many entries, how many changed each language's text, and the latest date.
 */
export async function CorrectionsByArticle({ entries, locale }: { entries: CorrectionEntry[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'about.corrections' });
  const groups = await Promise.all(
    sectionIds
      .map((section) => ({ section, items: entries.filter((c) => c.section === section) }))
      .filter((g) => g.items.length > 0)
      .map(async (g) => ({ ...g, article: await getArticle(locale, g.section) })),
  );
  return (
    <div className="mt-10 space-y-14">
      {groups.map(({ section, items, article }) => (
        <section key={section} aria-labelledby={`corrections-${section}`} data-testid="corrections-group" data-section={section}>
          <h2 id={`corrections-${section}`} className="font-serif text-2xl font-bold text-balance">
            <a className="link" href={href.article(locale, section)}>
              {article.title}
            </a>
          </h2>
          <p className="mt-2 text-muted" data-testid="corrections-group-summary">
            {t('groupSummary', {
              count: items.length,
              zh: items.filter((c) => c.languages.includes('zh')).length,
              en: items.filter((c) => c.languages.includes('en')).length,
              date: formatDate(
                items
                  .map((c) => c.date)
                  .sort()
                  .at(-1)!,
                locale,
              ),
            })}
          </p>
          <CorrectionsList entries={items} locale={locale} />
        </section>
      ))}
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
