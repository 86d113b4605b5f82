import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { TermView } from '@/components/glossary/TermView';
import { getTerm, listTerms, type Term } from '@/lib/content';
import { isLocale, locales } from '@/lib/i18n/routing';
import { pageLocale } from '@/lib/i18n/page';
import { pageMetadata } from '@/lib/metadata';
import { href } from '@/lib/routes';

type Params = { params: Promise<{ locale: string; term: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const terms = await listTerms();
  return locales.flatMap((locale) => terms.map((t) => ({ locale, term: t.id })));
}

export async function generateMetadata({ params }: Params) {
  const { locale, term: id } = await params;
  const term = isLocale(locale) ? await getTerm(id) : undefined;
  if (!isLocale(locale) || !term) return {};
  const t = await getTranslations({ locale, namespace: 'glossary' });
  const title = locale === 'zh' ? `${term.zh} ${term.en}` : `${term.en} (${term.zh})`;
  return pageMetadata({ locale, page: (l) => href.term(l, term.id), title: `${title} · ${t('title')}`, description: term.short[locale] });
}

export default async function TermPage({ params }: Params) {
  const locale = await pageLocale(params);
  const { term: id } = await params;
  const term = await getTerm(id);
  if (!term) notFound();
  const related = (await Promise.all(term.related.map((r) => getTerm(r)))).filter((r): r is Term => !!r);
  return <TermView term={term} locale={locale} related={related} />;
}
