import { getTranslations } from 'next-intl/server';
import { articleSource, passageLabels, type CitedArticle } from '@/lib/cite/article';
import { siteRomanizer } from '@/lib/cite/romanize';
import { langTag, otherLocale } from '@/lib/i18n/routing';
import { getArticle, isSectionId } from '@/lib/content';
import { ArticleTools, type ToolStrings } from './ArticleTools.client';
import { href } from '@/lib/routes';

const keys = [
  'tools',
  'rovingHint',
  'copyLink',
  'linkCopied',
  'cite',
  'citePassage',
  'close',
  'copy',
  'copied',
  'citationCopied',
  'copyFailed',
  'copyPassageQuote',
  'quoteCopied',
  'download',
  'quoteTools',
  'copyQuote',
  'copyTextLink',
  'textLinkCopied',
] as const satisfies readonly (keyof ToolStrings)[];

/** Server side of the passage and quote tools: strings and citation data in, one client leaf out. */
export async function PassageTools({ article }: { article: CitedArticle }) {
  const t = await getTranslations({ locale: article.locale, namespace: 'cite' });
  const strings = Object.fromEntries(keys.map((k) => [k, t(k)])) as unknown as ToolStrings;
  const english = article.locale === 'zh' && isSectionId(article.section) ? await getArticle('en', article.section) : undefined;
  const other = otherLocale(article.locale);
  const otherLanguage = { path: href.article(other, article.section), hrefLang: langTag[other], text: t('otherLanguage') };
  const roman = article.locale === 'zh' ? await siteRomanizer() : undefined;
  return (
    <ArticleTools
      source={articleSource(article, undefined, english, roman)}
      labels={passageLabels(article, english, roman)}
      strings={strings}
      otherLanguage={otherLanguage}
    />
  );
}

/** Under the article's dateline: where to cite it and where to read it beside its translation. */
export async function ArticleCiteLinks({ locale, section }: { locale: CitedArticle['locale']; section: CitedArticle['section'] }) {
  const t = await getTranslations({ locale, namespace: 'cite' });
  return (
    <p className="mt-4 flex flex-wrap gap-x-5 gap-y-1 text-sm" data-print="hide">
      <a href="#cite" className="link">
        {t('citeArticle')}
      </a>
      <a href={href.parallel(locale, section)} className="link" data-parallel-link>
        {t('parallelLink')}
      </a>
    </p>
  );
}
