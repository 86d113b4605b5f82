import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { listCorrections, type Article, type Photo } from '@/lib/content';
import { markedPassages } from '@/lib/content/corrections';
import { sectionIds, href } from '@/lib/routes';
import { SourceNote } from '../about/AboutSource';
import { Breadcrumbs } from '../Breadcrumbs';
import { CiteArticle } from '../cite/CiteArticle';
import { ArticleCorrections, CorrectionMark } from '../corrections/CorrectionsList';
import { ArticleCiteLinks, PassageTools } from '../cite/PassageTools';
import { mdxComponents } from '../mdx/registry';
import { PhotoCaption } from '../photo/PhotoCaption';
import { LocatorMapDialog } from '../map/MapDialog';
import { Hero } from '../story/Hero';
import { ReadNext } from '../story/ReadNext';
import { SharePanel } from '../share/SharePanel';
import { TermCards } from '../glossary/TermCards.client';
import { SequenceSpy } from '../diagrams/SequenceSpy.client';
import { StaticHtml } from '../static/StaticHtml';
import { ContentsButton, TableOfContents } from './TableOfContents';
import { PASSAGE_ATTR } from '../cite/passage-keys';
import { siteUrl } from '@/lib/config';
import { formatDate } from '@/lib/i18n/format';

export async function ArticleView({
  article,
  hero,
  records,
}: {
  article: Article;
  hero: Photo;
  /** The page's machine-readable records (JSON-LD, COinS): static HTML too, so they are not repeated in the RSC payload. */
  records?: ReactNode;
}) {
  const { locale } = article;
  const [t, tc, tx, corrections] = await Promise.all([
    getTranslations({ locale, namespace: 'article' }),
    getTranslations({ locale, namespace: 'common' }),
    getTranslations({ locale, namespace: 'about.corrections' }),
    // Only the entries that changed this page's language: a Chinese reader is not shown fixes to English wording.
    listCorrections(article.section, locale),
  ]);
  // A passage with a correction of fact in this language links to its newest such note; clarifications and
  // wording changes carry no mark (they are counted and listed at the article's end).
  const marks = new Map<string, ReactNode>();
  for (const [passage, c] of markedPassages(corrections, locale))
    marks.set(
      passage,
      <CorrectionMark key={c.id} id={c.id} text={tx('marker')} label={tx('markerLabel', { date: formatDate(c.date, locale) })} />,
    );
  const number = sectionIds.indexOf(article.section) + 1;
  const headings = article.passages.filter((p) => p.kind === 'heading');
  const Content = article.Content;
  const crumbs = [{ href: href.article(locale, article.section), name: tc(`sections.${article.section}`) }];
  return (
    <article>
      {/* The static parts of the page (StaticHtml): React hydrates none of their elements. The first holds
          the page's records, the reading progress, the phones' contents button, the breadcrumbs and the hero. */}
      <StaticHtml>
        {records}
        {/* Reading progress: a CSS scroll-driven animation (app/styles/header.css), no script; decorative, so hidden from AT. */}
        <div className="reading-progress" aria-hidden="true" data-print="hide" />
        {/* Phones: the contents button, drawn at the end of the sticky header's row; it opens the contents drawer. */}
        <ContentsButton label={tc('nav.contents')} />
        {/* Not on phones: the kicker names the section and the header has the menu, and the story comes sooner. */}
        <div className="mx-auto max-w-7xl px-4 pt-3 pb-3 max-sm:hidden sm:px-6">
          <Breadcrumbs locale={locale} items={crumbs} jsonLd />
        </div>
        <Hero
          photo={hero}
          locale={locale}
          kicker={`${tc('sectionNumber', { n: number })} · ${tc(`sections.${article.section}`)}`}
          title={article.title}
          displayTitle={article.displayTitle}
          short
        >
          <PhotoCaption as="p" photo={hero} locale={locale} className="mx-auto max-w-7xl px-4 pt-3 sm:px-6" />
          <div className="mx-auto max-w-3xl px-4 pt-6 pb-2 sm:px-6 sm:pt-8 sm:pb-4">
            <p className="text-[1.0625rem] leading-normal text-pretty text-muted sm:text-2xl sm:leading-relaxed">{article.standfirst}</p>
            <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
              <span>
                {t('published')} <time dateTime={article.published}>{formatDate(article.published, locale)}</time>
              </span>
              {article.updated !== article.published && (
                <span>
                  {t('updated')} <time dateTime={article.updated}>{formatDate(article.updated, locale)}</time>
                </span>
              )}
              <span>{t('readingTime', { minutes: article.readingMinutes })}</span>
            </p>
            <SourceNote locale={locale} className="mt-2" article />
            <ArticleCiteLinks locale={locale} section={article.section} />
          </div>
        </Hero>
      </StaticHtml>
      <div className="mx-auto grid max-w-7xl gap-10 px-4 pt-6 sm:px-6 sm:pt-10 lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-16">
        <TableOfContents title={t('contents')} closeLabel={t('closeContents')} headings={headings} />
        <div className="prose-body mx-auto w-full max-w-[40rem] lg:mx-0">
          {/* The passages are this element's children (the tools and tests look for [data-article-body] > p). */}
          <StaticHtml className="prose-body" {...{ [PASSAGE_ATTR.body]: '' }}>
            <Content components={mdxComponents(locale, (title) => t('anchor', { title }), href.article(locale, article.section), marks)} />
            <ArticleCorrections entries={corrections} locale={locale} />
          </StaticHtml>
          <SharePanel
            locale={locale}
            path={href.article(locale, article.section)}
            title={article.title}
            summary={article.summary}
            className="mt-16"
          />
        </div>
      </div>
      <CiteArticle article={article} />
      <PassageTools article={article} />
      <TermCards />
      {/* The diagrams told in steps (components/diagrams/Sequence.tsx); renders nothing. */}
      <SequenceSpy />
      {/* The enlarged map, for an article whose MDX places <Locator />. */}
      {article.graphics.some((g) => g.name === 'Locator') && <LocatorMapDialog locale={locale} />}
      {/* Static to the end (TermCards and SequenceSpy render nothing, so they can stand before). */}
      <StaticHtml>
        <ReadNext article={article} />
        {/* Print only: the printout ends with where it came from. */}
        <p className="print-source mx-auto hidden max-w-3xl px-4 text-sm">
          {new URL(href.article(locale, article.section), siteUrl).href}
          <br />
          {tc('footer.about')}
          {locale === 'en' ? ' ' : ''}
          {tc('footer.license')}
        </p>
        <p className="mx-auto mt-10 max-w-3xl px-4 text-sm sm:px-6" data-print="hide">
          <a href="#top" className="link">
            ↑ {tc('backToTop')}
          </a>
        </p>
      </StaticHtml>
    </article>
  );
}
