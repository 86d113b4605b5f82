import { getTranslations } from 'next-intl/server';
import { colon, formatDate, formatList, joinList } from '@/lib/i18n/format';
import type { ReactNode } from 'react';
import { getArticle, passageHeading, type CorrectionEntry } from '@/lib/content';
import { byNature, natureIn } from '@/lib/content/corrections';
import { sectionIds, href } from '@/lib/routes';
import type { Locale } from '@/lib/i18n/routing';
import { TitledSection } from '@/components/TitledSection';

/** Fragment id of a correction note; passage markers link to it. */
export const correctionAnchor = (id: string) => `correction-${id}`;

/**
 * Entries of the corrections log, in the order given (the log is newest first). Each names its date, what it was
 * in this language (correction, clarification or wording: the word "correction" is kept for errors of fact) and
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
            <span className="font-semibold text-ochre" data-testid="correction-nature" data-nature={natureIn(c, locale)}>
              {c.kind === 'update' ? t('kind.update') : t(`nature.${natureIn(c, locale)}`)}
            </span>
            {!onPage && c.languages.length === 1 && (
              <>
                {' · '}
                <span data-testid="correction-languages">{t('only')}</span>
              </>
            )}
            {' · '}
            {colon(t('passage'), locale)}
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
            {colon(t('why'), locale)}
            {c.why[locale]}
          </p>
        </li>
      ))}
    </ol>
  );
}

/**
 * The counts by nature in the page's words, joined as a list ("3 …, 2 … and 1 …"; "3处…，2处…，1处…"), leaving
 * out a kind with none. `markNote` follows the count of corrections of fact (they are the ones marked with †).
 */
async function countsByNature(entries: readonly CorrectionEntry[], locale: Locale, markNote?: ReactNode) {
  const t = await getTranslations({ locale, namespace: 'about.corrections' });
  const n = byNature(entries, locale);
  const parts: ReactNode[] = [];
  if (n.fact.length > 0)
    parts.push(
      <span key="fact" data-testid="count-fact" data-count={n.fact.length}>
        {t('countFact', { count: n.fact.length })}
        {markNote}
      </span>,
    );
  if (n.attribution.length > 0)
    parts.push(
      <span key="attribution" data-testid="count-attribution" data-count={n.attribution.length}>
        {t('countCredit', { count: n.attribution.length })}
      </span>,
    );
  if (n.wording.length > 0)
    parts.push(
      <span key="wording" data-testid="count-wording" data-count={n.wording.length}>
        {t('countWording', { count: n.wording.length })}
      </span>,
    );
  // Each count is a clause of its own ("3处更正事实错误"), so Chinese separates them with "，".
  return joinList(parts, locale, 'clauses');
}

/**
 * "Corrections and clarifications" at the end of an article: one line (how many changes since publication, how many
 * of them corrected a fact, were clarifications or changed only the wording, and the latest date) that opens the
 * list in a native <details>, so the notes do not fill the article's end and it works without JavaScript. A
 * passage's marker links to its note inside: browsers open a closed <details> that holds a fragment's target
 * (HTML's "ancestor details revealing" on navigation). `entries` are the article's entries for this page's language.
 */
export async function ArticleCorrections({ entries, locale }: { entries: CorrectionEntry[]; locale: Locale }) {
  if (entries.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'about.corrections' });
  const latest = entries
    .map((c) => c.date)
    .sort()
    .at(-1)!;
  const counts = await countsByNature(entries, locale, <span data-print="hide">{t('markNote')}</span>);
  return (
    <TitledSection
      titleId="corrections-title"
      title={t('articleTitle')}
      headingClassName="font-serif text-2xl font-bold"
      className="article-corrections mt-16 border-t border-rule pt-8"
      data-testid="article-corrections"
    >
      <details className="corrections-details mt-3" data-testid="corrections-details">
        <summary className="min-h-11 cursor-pointer py-2.5 font-semibold text-accent" data-testid="corrections-summary">
          {/*
           * On paper the notes cannot open and the † marks are not printed, so the line keeps only its statement
           * and ends with a full stop, instead of breaking off at "show them".
           */}
          {t('articleLead', { count: entries.length })}
          {counts}
          {t.rich('articleEnd', {
            date: formatDate(latest, locale),
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
  return formatList(
    [...new Set(items.map((c) => c.date))].sort().map((d) => formatDate(d, locale)),
    locale,
  );
}

/**
 * One locale's corrections column, grouped by article (in the site's article order). Each group opens with one dated
 * line in the site's words: how many changes this language's text had since publication, on which dates, and how
 * many corrected a fact, were clarifications (crediting the feature) or changed only the wording (`nature` in
 * content/corrections.json, as it applies to this language). Corrections of fact follow item by item, open;
 * clarifications and wording changes are listed in a closed native <details> with their count, so nothing is hidden
 * and it works without JavaScript (a fragment link to one of them opens it: HTML's "ancestor details revealing").
 * `entries` are already this locale's.
 */
export async function CorrectionsByArticle({ entries, locale }: { entries: CorrectionEntry[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'about.corrections' });
  const groups = await Promise.all(
    sectionIds
      .map((section) => ({ section, items: entries.filter((c) => c.section === section) }))
      .filter((g) => g.items.length > 0)
      .map(async (g) => ({
        ...g,
        article: await getArticle(locale, g.section),
        counts: await countsByNature(g.items, locale, t('markNote')),
      })),
  );
  return (
    <div className="mt-10 space-y-14">
      {groups.map(({ section, items, article, counts }) => {
        const { fact, attribution, wording } = byNature(items, locale);
        const folded = items.filter((c) => natureIn(c, locale) !== 'fact');
        // Said as clauses too ("澄清1处，措辞2处"), the way the counts above are.
        const foldedCounts = joinList(
          [
            attribution.length > 0 && t('foldedCredit', { count: attribution.length }),
            wording.length > 0 && t('foldedWording', { count: wording.length }),
          ].filter(Boolean),
          locale,
          'clauses',
        );
        return (
          <section key={section} aria-labelledby={`corrections-${section}`} data-testid="corrections-group" data-section={section}>
            <h2 id={`corrections-${section}`} className="font-serif text-2xl font-bold text-balance">
              <a className="link" href={href.article(locale, section)}>
                {article.title}
              </a>
            </h2>
            <p className="mt-3 leading-relaxed" data-testid="corrections-group-summary">
              {t('groupLead', { count: items.length, dates: datesOf(items, locale) })}
              {counts}
              {t('groupEnd')}
            </p>
            {fact.length > 0 && (
              <>
                <h3 className="mt-6 font-semibold" id={`corrections-${section}-facts`}>
                  {t('factsTitle')}
                </h3>
                <CorrectionsList entries={fact} locale={locale} />
              </>
            )}
            {folded.length > 0 && (
              <details className="corrections-details mt-6" data-testid="corrections-folded">
                <summary className="min-h-11 cursor-pointer py-2.5 font-semibold text-accent">
                  {foldedCounts}
                  {t.rich('foldedOpen', { open: (chunks) => <span data-print="hide">{chunks}</span> })}
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

/**
 * The small † a passage carries when one of its facts was corrected (lib/content/corrections.ts `markedPassages`
 * decides which), linking to the note. Its text is CSS content, so copying the passage never picks it up; its name
 * is the aria-label.
 */
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
