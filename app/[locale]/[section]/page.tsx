import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/ArticleView';
import { JsonLd } from '@/components/JsonLd';
import type { NewsArticle } from 'schema-dts';
import { articleCoins, citationMeta, newsArticleLd } from '@/lib/cite/meta';
import { getArticle, getPhoto } from '@/lib/content';
import { pageSection, sectionPageMetadata, sectionStaticParams, type SectionParams } from '@/lib/content/section-page';
import { pageMetadata } from '@/lib/metadata';
import { Coins } from '@/components/cite/Coins';
import { href } from '@/lib/routes';

export const dynamicParams = false;

export const generateStaticParams = sectionStaticParams;

export const generateMetadata = sectionPageMetadata((article) => {
  const base = pageMetadata({
    locale: article.locale,
    page: (l) => href.article(l, article.section),
    title: article.title,
    description: article.summary,
    type: 'article',
  });
  // article:published_time / article:modified_time follow the frontmatter, which the corrections log keeps current.
  const openGraph = { ...base.openGraph, type: 'article' as const, publishedTime: article.published, modifiedTime: article.updated };
  return { ...base, openGraph, other: { ...base.other, ...citationMeta(article) } };
});

export default async function ArticlePage({ params }: SectionParams) {
  const { locale, section } = await pageSection(params);
  const article = await getArticle(locale, section);
  const hero = await getPhoto(article.hero);
  if (!hero) notFound();
  return (
    <ArticleView
      article={article}
      hero={hero}
      records={
        <>
          <JsonLd<NewsArticle> data={newsArticleLd(article, hero)} />
          <Coins {...articleCoins(article)} />
        </>
      }
    />
  );
}
