import { getTranslations } from 'next-intl/server';
import { articleSource, passageLabels, type CitedArticle } from '@/lib/cite/article';
import { siteRomanizer } from '@/lib/cite/romanize';
import { langTag, otherLocale } from '@/lib/i18n/routing';
import { getArticle, isSectionId } from '@/lib/content';
import { ArticleTools } from './ArticleTools.client';
import type { ToolStrings } from './tool-strings';
import { href } from '@/lib/routes';

/** Server side of the passage and quote tools: strings and citation data in, one client leaf out. */
export async function PassageTools({ article }: { article: CitedArticle }) {
  const t = await getTranslations({ locale: article.locale, namespace: 'cite' });
  // Written out, so the compiler checks that every string the leaf needs is here.
  const strings: ToolStrings = {
    tools: t('tools'),
    rovingHint: t('rovingHint'),
    copyLink: t('copyLink'),
    linkCopied: t('linkCopied'),
    cite: t('cite'),
    citePassage: t('citePassage'),
    close: t('close'),
    copy: t('copy'),
    copied: t('copied'),
    citationCopied: t('citationCopied'),
    copyFailed: t('copyFailed'),
    copyPassageQuote: t('copyPassageQuote'),
    quoteCopied: t('quoteCopied'),
    download: t('download'),
    quoteTools: t('quoteTools'),
    copyQuote: t('copyQuote'),
    copyTextLink: t('copyTextLink'),
    textLinkCopied: t('textLinkCopied'),
  };
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
