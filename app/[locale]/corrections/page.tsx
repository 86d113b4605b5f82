import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { CorrectionsByArticle } from '@/components/corrections/CorrectionsList';
import { listCorrections } from '@/lib/content';
import { correctionsFor } from '@/lib/content/corrections';
import { langTag, locales } from '@/lib/i18n/routing';
import { localeStaticParams } from '@/lib/i18n/locale-file';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page';
import { localePageMetadata } from '@/lib/metadata';
import { href } from '@/lib/routes';

export const dynamicParams = false;
export const generateStaticParams = localeStaticParams;

export const generateMetadata = localePageMetadata(href.corrections, 'about.corrections');

/**
 * The public corrections column of one language: the entries that changed this language's text, grouped by article,
 * newest first within each list, each linked to the passage it changed; one line counts the changes made only to the
 * other language's text and links to that language's page, so nothing is hidden.
 */
export default async function CorrectionsPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const [t, all] = await Promise.all([getTranslations({ locale, namespace: 'about.corrections' }), listCorrections()]);
  const entries = correctionsFor(all, { locale });
  const other = locales.find((l) => l !== locale)!;
  const otherOnly = all.length - entries.length;
  return (
    <div className="mx-auto max-w-7xl px-4 pt-6 sm:px-6">
      <Breadcrumbs locale={locale} items={[{ href: href.corrections(locale), name: t('title') }]} />
      <div className="max-w-3xl">
        <header className="pt-10 sm:pt-14">
          <h1 className="font-serif text-display font-bold text-balance">{t('title')}</h1>
          <p className="mt-5 text-lg leading-relaxed text-pretty text-muted">{t('intro')}</p>
          {otherOnly > 0 && (
            <p className="mt-4" data-testid="corrections-other-language">
              {t.rich('otherLanguage', {
                count: otherOnly,
                link: (chunks) => (
                  <a className="link" href={href.corrections(other)} hrefLang={langTag[other]}>
                    {chunks}
                  </a>
                ),
              })}
            </p>
          )}
        </header>
        {entries.length > 0 ? <CorrectionsByArticle entries={entries} locale={locale} /> : <p className="mt-8">{t('none')}</p>}
      </div>
    </div>
  );
}
