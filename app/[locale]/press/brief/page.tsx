import { getTranslations } from 'next-intl/server';
import { BriefSheet } from '@/components/press/BriefSheet';
import { localeStaticParams } from '@/lib/i18n/locale-file';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page';
import { localePageMetadata } from '@/lib/metadata';
import { href } from '@/lib/routes';

export const dynamicParams = false;
export const generateStaticParams = localeStaticParams;

export const generateMetadata = localePageMetadata(href.brief, async (locale) => {
  const t = await getTranslations({ locale, namespace: 'press' });
  return { title: t('brief.title'), description: t('brief.description') };
});

export default async function BriefPage({ params }: LocaleParams) {
  return <BriefSheet locale={await pageLocale(params)} />;
}
