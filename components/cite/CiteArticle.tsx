import { getTranslations } from 'next-intl/server';
import { formatsFor } from '@/lib/cite';
import { articleSource, type CitedArticle } from '@/lib/cite/article';
import { siteRomanizer } from '@/lib/cite/romanize';
import { getArticle, isSectionId } from '@/lib/content';
import { StaticHtml } from '../static/StaticHtml';
import { clientMessage } from '@/lib/i18n/message';
import { AccessedNote, CiteDownload, CiteEntry } from './CiteEntry.client';
import { href } from '@/lib/routes';
import { PASSAGE_ATTR } from './passage-keys';

/**
 * “Cite this article”: a <details> disclosure, so without JavaScript every citation is in the HTML, ready to
 * select. Access date: a prerendered page only knows its build date, which is not when the journalist read
 * it, and a wrong date copied unnoticed is worse than a visible blank. So the HTML carries a bracketed
 * “[date accessed]” placeholder, explained below the list, and the browser fills in today's date. The summary and
 * the introduction are static HTML (StaticHtml); the citations, downloads and access note are client leaves.
 */
export async function CiteArticle({ article }: { article: CitedArticle }) {
  const t = await getTranslations({ locale: article.locale, namespace: 'cite' });
  const english = article.locale === 'zh' && isSectionId(article.section) ? await getArticle('en', article.section) : undefined;
  const source = articleSource(article, undefined, english, article.locale === 'zh' ? await siteRomanizer() : undefined);
  const labels = { copy: t('copy'), copied: t('copied'), done: t('citationCopied'), failed: t('copyFailed') };
  const human = formatsFor(article.locale).filter((f) => !f.code);
  return (
    // The same grid as the article body above, so the box lines up with the text column.
    <section
      id="cite"
      aria-labelledby="cite-title"
      className="mx-auto mt-16 grid max-w-7xl px-4 sm:px-6 lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-16"
      // Closed, it prints as an empty row with an arrow that cannot be opened on paper; the printout ends with the
      // page's address and source instead.
      data-print="hide"
    >
      <div className="mx-auto w-full max-w-[40rem] lg:col-start-2 lg:mx-0">
        <details className="cite-box group border-y border-rule py-2" {...{ [PASSAGE_ATTR.citeBox]: '' }}>
          <StaticHtml as="summary" className="flex min-h-11 cursor-pointer items-center gap-3 py-2 font-serif text-xl font-bold">
            <span id="cite-title">{t('citeArticle')}</span>
            <span aria-hidden="true" className="ml-auto text-base text-muted transition-transform group-open:rotate-180">
              ▾
            </span>
          </StaticHtml>
          <div className="pt-2 pb-6">
            <StaticHtml as="p" className="text-[0.95rem] text-muted">
              {t('citeIntro')}
            </StaticHtml>
            <dl className="mt-6 space-y-6">
              {human.map((f) => (
                <div key={f.id}>
                  <dt className="text-xs font-semibold tracking-widest text-ochre uppercase">{f.label[article.locale]}</dt>
                  <dd className="mt-2">
                    <CiteEntry id={f.id} code={f.code} html={f.html?.(source) ?? f.fn(source)} source={source} labels={labels} />
                  </dd>
                </div>
              ))}
            </dl>
            <p className="mt-6 flex flex-wrap items-center gap-3 text-sm">
              <span className="text-muted">{t('download')}</span>
              <CiteDownload kind="bib" href={href.cite(article.locale, article.section, 'bib')} source={source}>
                BibLaTeX (.bib)
              </CiteDownload>
              <CiteDownload kind="ris" href={href.cite(article.locale, article.section, 'ris')} source={source}>
                RIS (.ris)
              </CiteDownload>
            </p>
            <p className="mt-4 text-sm text-muted" data-accessed-note>
              <AccessedNote
                locale={article.locale}
                blank={t('accessedBlank')}
                todayText={await clientMessage(article.locale, 'cite.accessedToday')}
              />{' '}
              {t('accessedFiles')}
            </p>
          </div>
        </details>
      </div>
    </section>
  );
}
