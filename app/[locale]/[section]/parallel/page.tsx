import { getTranslations } from 'next-intl/server';
import { ParallelView } from '@/components/cite/ParallelView';
import { getArticle } from '@/lib/content';
import { pageSection, sectionPageMetadata, sectionStaticParams, type SectionParams } from '@/lib/content/section-page';
import { otherLocale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { href } from '@/lib/routes';

export const dynamicParams = false;

export const generateStaticParams = sectionStaticParams;

export const generateMetadata = sectionPageMetadata(async (article) => {
  const t = await getTranslations({ locale: article.locale, namespace: 'cite' });
  return pageMetadata({
    locale: article.locale,
    page: (l) => href.parallel(l, article.section),
    title: t('parallelTitle', { title: article.title }),
    description: article.summary,
  });
});

export default async function ParallelPage({ params }: SectionParams) {
  const { locale, section } = await pageSection(params);
  const [article, other] = await Promise.all([getArticle(locale, section), getArticle(otherLocale(locale), section)]);
  return <ParallelView article={article} other={other} />;
}
