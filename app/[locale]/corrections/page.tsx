import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { CorrectionsByArticle } from '@/components/corrections/CorrectionsList';
import { listCorrections } from '@/lib/content';
import { localeStaticParams } from '@/lib/i18n/locale-file';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page';
import { localePageMetadata } from '@/lib/metadata';
import { href } from '@/lib/routes';

export const dynamicParams = false;
export const generateStaticParams = localeStaticParams;

export const generateMetadata = localePageMetadata(href.corrections, 'about.corrections');

/**
 * The public corrections log: every entry in both languages' texts, grouped by article, newest first within each,
 * each linked to the passage it changed and saying which language's text changed.
 */
export default async function CorrectionsPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const [t, entries] = await Promise.all([getTranslations({ locale, namespace: 'about.corrections' }), listCorrections()]);
  return (
    <div className="mx-auto max-w-7xl px-4 pt-6 sm:px-6">
      <Breadcrumbs locale={locale} items={[{ href: href.corrections(locale), name: t('title') }]} />
      <div className="max-w-3xl">
        <header className="pt-10 sm:pt-14">
          <h1 className="font-serif text-display font-bold text-balance">{t('title')}</h1>
          <p className="mt-5 text-lg leading-relaxed text-pretty text-muted">{t('intro')}</p>
        </header>
        {entries.length > 0 ? <CorrectionsByArticle entries={entries} locale={locale} /> : <p className="mt-8">{t('none')}</p>}
      </div>
    </div>
  );
}
