import type { CSSProperties } from 'react';
import { Amount } from '@/components/text/Amounts';
import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/i18n/format';
import { AboutSource } from '@/components/about/AboutSource';
import { PrintButton } from './PrintButton.client';
import { QrCode } from '@/components/share/QrCode';
import { absoluteUrl, siteName } from '@/lib/config';
import { figurePeriod, getHome, getPhoto, listArticles, listFigures, pick, updatedIn } from '@/lib/content';
import { PhotoImage } from '@/components/photo/PhotoImage';
import { langTag, otherLocale, type Locale } from '@/lib/i18n/routing';
import { Phrases } from '@/components/text/Phrases';
import { colourBand, lightColours, printText } from '@/lib/design/tokens';
import { TitledSection } from '@/components/TitledSection';
import { href } from '@/lib/routes';

/** The sheet's fixed light colours, from the design tokens (lib/design/tokens.ts), as variables its classes read. */
const sheetColours = {
  '--brief-accent': lightColours.accent,
  '--brief-muted': lightColours.muted,
  '--brief-ochre': lightColours.ochre,
  '--brief-rule': lightColours.rule,
  '--brief-ink': lightColours.ink,
  '--brief-text': printText,
} as CSSProperties;

/** The brief's section headings: small capitals over a rule. */
const briefHeading =
  'border-b border-[color:var(--brief-rule)] pb-1.5 text-xs font-semibold tracking-widest text-[color:var(--brief-ochre)] uppercase';

/**
 * The one-page brief: an A4 sheet (named @page "brief" in app/styles/press.css) that also reads as a sheet of paper on
 * screen. Its colours are fixed light ones in both themes, because it is a preview of paper.
 */
export async function BriefSheet({ locale }: { locale: Locale }) {
  const [t, tc, figures, articles, updated] = await Promise.all([
    getTranslations({ locale, namespace: 'press' }),
    getTranslations({ locale, namespace: 'common' }),
    listFigures(),
    listArticles(locale),
    updatedIn(locale),
  ]);
  // The code leads to the articles (the home page's list of them): the site retells the feature, it does not
  // reproduce it, so the label says "read the articles", not "the full feature".
  const articlesUrl = absoluteUrl(href.articles(locale));
  const picture = (await getPhoto((await getHome(locale)).hero))!;
  const other = otherLocale(locale);
  return (
    <div className="px-3 pt-6 pb-4 sm:px-6" data-brief>
      <div className="mx-auto flex max-w-[210mm] flex-wrap items-center justify-between gap-4" data-print="hide">
        <a href={href.press(locale)} className="link inline-flex min-h-11 items-center">
          ← {t('brief.back')}
        </a>
        <PrintButton label={t('brief.print')} />
      </div>
      <p className="mx-auto mt-2 max-w-[210mm] text-sm text-muted" data-print="hide">
        {t('brief.printHint')}
      </p>

      <article className="brief-sheet mx-auto mt-6 max-w-[210mm]" style={sheetColours} data-testid="brief">
        <div className="flex h-2" aria-hidden="true">
          {colourBand.map((c) => (
            <span key={c} className="flex-1" style={{ background: c }} />
          ))}
        </div>
        <div className="px-[7%] pt-8 pb-8 sm:pt-10">
          <header className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1 text-sm">
            <p className="font-semibold text-[color:var(--brief-accent)]">
              <span aria-hidden="true">◆ </span>
              {siteName[locale]}
              <span className="font-normal text-[color:var(--brief-muted)]" lang={langTag[other]}>
                {' '}
                · {siteName[other]}
              </span>
            </p>
            <p className="text-[color:var(--brief-muted)]">
              {t('brief.kicker')} · <time dateTime={updated}>{t('brief.updated', { date: formatDate(updated, locale) })}</time>
            </p>
          </header>
          <h1 className="mt-6 font-serif text-[1.9rem] leading-tight font-bold text-balance sm:text-[2.2rem]">
            <Phrases text={t('brief.title')} />
          </h1>
          <p className="mt-3 text-[1.05rem] leading-relaxed text-[color:var(--brief-text)]">{t('brief.lead')}</p>

          <TitledSection titleId="brief-figures" title={t('brief.figures')} headingClassName={briefHeading} className="mt-7">
            <ul className="mt-4 grid grid-cols-2 gap-x-5 gap-y-4 sm:grid-cols-4">
              {figures.map((f) => (
                <li key={f.id} className="border-t-2 border-[color:var(--brief-accent)] pt-2">
                  <p className="font-serif text-2xl leading-none font-bold text-[color:var(--brief-accent)] tabular-nums">
                    <Amount
                      value={pick(f.value, locale)}
                      unit={f.unit[locale]}
                      locale={locale}
                      unitClassName="text-sm font-semibold text-[color:var(--brief-ink)]"
                    />
                  </p>
                  <p className="mt-1.5 text-[0.8rem] leading-snug">{f.label[locale]}</p>
                  <p className={`mt-0.5 text-[0.75rem] text-[color:var(--brief-muted)]${figurePeriod(f, locale).stated ? '' : 'italic'}`}>
                    {figurePeriod(f, locale).text}
                  </p>
                </li>
              ))}
            </ul>
          </TitledSection>

          <TitledSection titleId="brief-sections" title={t('brief.sections')} headingClassName={briefHeading} className="mt-7">
            <ol className="mt-3 space-y-3.5">
              {articles.map((a, i) => (
                <li key={a.section} className="grid grid-cols-[2.2rem_1fr] gap-x-2">
                  <span
                    className="font-serif text-xl leading-tight font-bold text-[color:var(--brief-ochre)] tabular-nums"
                    aria-hidden="true"
                  >
                    {String(i + 1).padStart(2, '0')}
                  </span>
                  <div>
                    <h3 className="leading-snug font-bold">
                      <span className="text-[color:var(--brief-muted)]">{tc(`sections.${a.section}`)} · </span>
                      <Phrases text={a.title} />
                    </h3>
                    <p className="mt-0.5 text-[0.9rem] leading-snug text-[color:var(--brief-text)]">{a.summary}</p>
                    <p className="mt-0.5 font-mono text-[0.72rem] text-[color:var(--brief-muted)]">
                      {absoluteUrl(href.article(locale, a.section))}
                    </p>
                  </div>
                </li>
              ))}
            </ol>
          </TitledSection>

          <footer className="mt-7 flex flex-wrap items-start gap-5 border-t border-[color:var(--brief-rule)] pt-5 sm:flex-nowrap">
            <QrCode url={articlesUrl} label={`${t('brief.qr')}: ${articlesUrl}`} size={104} className="shrink-0" loading="eager" />
            <div className="text-sm leading-snug">
              <p className="font-semibold">{t('brief.qr')}</p>
              <p className="mt-0.5 font-mono text-[0.8rem] break-all text-[color:var(--brief-accent)]" data-testid="brief-qr-url">
                {articlesUrl}
              </p>
              <AboutSource
                locale={locale}
                id="brief-source"
                compact
                className="mt-2 text-[0.75rem] leading-snug text-[color:var(--brief-muted)]"
                headingClassName="font-semibold text-[color:var(--brief-ink)]"
                bodyClassName=""
              >
                <p>{t('brief.source')}</p>
              </AboutSource>
            </div>
            {/* One of the site's own illustrations, so the printed sheet also shows the land it is about. */}
            <figure className="w-full shrink-0 sm:w-[34%]" data-testid="brief-picture">
              <PhotoImage
                photo={picture}
                locale={locale}
                sizes="(min-width: 640px) 72mm, 94vw"
                priority
                className="aspect-[3/2] w-full rounded-sm object-cover"
              />
              <figcaption className="mt-1 text-[0.7rem] leading-snug text-[color:var(--brief-muted)]">
                {picture.credit?.[locale]}
              </figcaption>
            </figure>
          </footer>
        </div>
      </article>
    </div>
  );
}
