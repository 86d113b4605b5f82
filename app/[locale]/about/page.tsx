import { getTranslations } from 'next-intl/server';
import { AboutSource } from '@/components/about/AboutSource';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { Mixed } from '@/components/Mixed';
import { localeStaticParams } from '@/lib/i18n/locale-file';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page';
import { localePageMetadata } from '@/lib/metadata';
import { TitledSection } from '@/components/TitledSection';
import { href } from '@/lib/routes';

export const dynamicParams = false;
export const generateStaticParams = localeStaticParams;

export const generateMetadata = localePageMetadata(href.about, 'about');

/** About the site and its single source: what it is, what it is not. */
export default async function AboutPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'about' });
  const h2 = 'font-serif text-3xl font-bold';
  const body = 'mt-3 space-y-4 leading-relaxed';
  return (
    <div className="mx-auto max-w-7xl px-4 pt-6 sm:px-6">
      <Breadcrumbs locale={locale} items={[{ href: href.about(locale), name: t('title') }]} />
      <div className="max-w-3xl">
        <header className="pt-10 sm:pt-14">
          <p className="text-sm font-semibold tracking-widest text-ochre uppercase">{t('kicker')}</p>
          <h1 className="mt-3 font-serif text-display font-bold text-balance">{t('title')}</h1>
          <p className="mt-5 text-xl leading-relaxed text-pretty text-muted">{t('lead')}</p>
        </header>
        <TitledSection titleId="is-title" title={t('isTitle')} headingClassName={h2} className="mt-14" id="what-it-is">
          <div className={body}>
            <p>{t('is1')}</p>
            <p>{t('is2')}</p>
          </div>
        </TitledSection>
        <TitledSection titleId="is-not-title" title={t('isNotTitle')} headingClassName={h2} className="mt-14" id="what-it-is-not">
          <ul className={`${body} list-disc pl-5`}>
            {(['isNot1', 'isNot2', 'isNot3', 'isNot4'] as const).map((key) => (
              <li key={key}>
                <Mixed text={t(key)} locale={locale} />
              </li>
            ))}
          </ul>
        </TitledSection>
        <AboutSource locale={locale} className="mt-14 scroll-mt-24" bodyClassName={body} />
        <TitledSection titleId="corrections-title" title={t('correctionsTitle')} headingClassName={h2} className="mt-14" id="corrections">
          <div className={body}>
            <p>{t('correctionsBody')}</p>
            <p>
              <a className="link" href={href.corrections(locale)}>
                {t('correctionsLink')}
              </a>
            </p>
          </div>
        </TitledSection>
      </div>
    </div>
  );
}
