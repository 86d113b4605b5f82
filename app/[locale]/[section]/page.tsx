import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { ArticleView } from '@/components/article/ArticleView';
import { JsonLd } from '@/components/JsonLd';
import type { NewsArticle } from 'schema-dts';
import { articleCoins, citationMeta, newsArticleLd } from '@/lib/cite/meta';
import { getArticle, getPhoto, isSectionId, sectionIds } from '@/lib/content';
import { isLocale, locales } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { Coins } from '@/components/cite/Coins';

type Params = { params: Promise<{ locale: string; section: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => sectionIds.map((section) => ({ locale, section })));
}

export async function generateMetadata({ params }: Params) {
  const { locale, section } = await params;
  if (!isLocale(locale) || !isSectionId(section)) return {};
  const article = await getArticle(locale, section);
  const base = pageMetadata({ locale, path: `/${section}`, title: article.title, description: article.summary, type: 'article' });
  // article:published_time / article:modified_time follow the frontmatter, which the corrections log keeps current.
  const openGraph = { ...base.openGraph, type: 'article' as const, publishedTime: article.published, modifiedTime: article.updated };
  return { ...base, openGraph, other: { ...base.other, ...citationMeta(article) } };
}

export default async function ArticlePage({ params }: Params) {
  const { locale, section } = await params;
  if (!isLocale(locale) || !isSectionId(section)) notFound();
  setRequestLocale(locale);
  const article = await getArticle(locale, section);
  const hero = await getPhoto(article.hero);
  if (!hero) notFound();
  return (
    <>
      <JsonLd<NewsArticle> data={newsArticleLd(article, hero)} />
      <Coins {...articleCoins(article)} />
      <ArticleView article={article} hero={hero} />
    </>
  );
}
