import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/i18n/format';
import { getArticle, passageHeading, type CorrectionEntry } from '@/lib/content';
import type { Locale } from '@/lib/i18n/routing';
import { TitledSection } from '@/components/TitledSection';
import { href } from '@/lib/routes';

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

/** "Corrections and updates" at the end of an article: its own entries, and a link to the whole log. */
export async function ArticleCorrections({ entries, locale }: { entries: CorrectionEntry[]; locale: Locale }) {
  if (entries.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'about.corrections' });
  return (
    <TitledSection
      titleId="corrections-title"
      title={t('articleTitle')}
      headingClassName="font-serif text-2xl font-bold"
      className="mt-16 border-t border-rule pt-8"
      data-testid="article-corrections"
    >
      <CorrectionsList entries={entries} locale={locale} onPage />
      <p className="mt-6 text-sm">
        <a className="link" href={href.corrections(locale)}>
          {t('all')}
        </a>
      </p>
    </TitledSection>
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
