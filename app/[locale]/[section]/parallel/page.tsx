import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ParallelView } from '@/components/cite/ParallelView';
import { getArticle, isSectionId, sectionIds } from '@/lib/content';
import { isLocale, locales, otherLocale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';

type Params = { params: Promise<{ locale: string; section: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => sectionIds.map((section) => ({ locale, section })));
}

export async function generateMetadata({ params }: Params) {
  const { locale, section } = await params;
  if (!isLocale(locale) || !isSectionId(section)) return {};
  const [article, t] = await Promise.all([getArticle(locale, section), getTranslations({ locale, namespace: 'cite' })]);
  return pageMetadata({
    locale,
    path: `/${section}/parallel`,
    title: t('parallelTitle', { title: article.title }),
    description: article.summary,
  });
}

export default async function ParallelPage({ params }: Params) {
  const { locale, section } = await params;
  if (!isLocale(locale) || !isSectionId(section)) notFound();
  setRequestLocale(locale);
  const [article, other] = await Promise.all([getArticle(locale, section), getArticle(otherLocale(locale), section)]);
  return <ParallelView article={article} other={other} />;
}
