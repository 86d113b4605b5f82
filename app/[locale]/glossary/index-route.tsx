import { getTranslations } from 'next-intl/server';
import { listTerms } from '@/lib/content';
import { isLocale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { GlossaryIndex } from '@/components/glossary/GlossaryIndex';
import { href, type GlossaryOrder } from '@/lib/routes';
import { pageLocale } from '@/lib/i18n/page';

type IndexParams = { params: Promise<{ locale: string }> };

/** Metadata and page for one order of the glossary index; the three route files only pick the order. */
export function indexMetadata(order: GlossaryOrder) {
  return async ({ params }: IndexParams) => {
    const { locale } = await params;
    if (!isLocale(locale)) return {};
    const [t, terms] = await Promise.all([getTranslations({ locale, namespace: 'glossary' }), listTerms()]);
    const title = order === 'category' ? t('title') : t(`sortTitle.${order}`);
    return pageMetadata({ locale, page: (l) => href.glossary(l, order), title, description: t('description', { count: terms.length }) });
  };
}

export function indexPage(order: GlossaryOrder) {
  return async function GlossaryPage({ params }: IndexParams) {
    const locale = await pageLocale(params);
    return <GlossaryIndex locale={locale} terms={await listTerms()} order={order} />;
  };
}
