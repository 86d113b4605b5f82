import { getTranslations } from 'next-intl/server';
import type { ImageGallery } from 'schema-dts';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { GalleryGrid } from '@/components/gallery/GalleryGrid';
import { GalleryLinks } from '@/components/gallery/GalleryLinks.client';
import { JsonLd } from '@/components/JsonLd';
import { listPhotos } from '@/lib/content';
import { absoluteUrl, siteName } from '@/lib/config';
import { groupBySection } from '@/lib/gallery';
import { imageObject } from '@/lib/gallery/jsonld';
import { isLocale, langTag } from '@/lib/i18n/routing';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page';
import { pageMetadata } from '@/lib/metadata';
import { SiteCoins } from '@/components/cite/Coins';
import { href } from '@/lib/routes';

export async function generateMetadata({ params }: LocaleParams) {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'gallery' });
  const count = (await listPhotos()).length;
  return pageMetadata({ locale, page: href.gallery, title: t('title'), description: t('description', { count }) });
}

export default async function GalleryPage({ params }: LocaleParams) {
  const locale = await pageLocale(params);
  const [photos, t, tc] = await Promise.all([
    listPhotos(),
    getTranslations({ locale, namespace: 'gallery' }),
    getTranslations({ locale, namespace: 'common' }),
  ]);
  const groups = groupBySection(photos);
  const jsonLd: ImageGallery = {
    '@type': 'ImageGallery',
    name: t('title'),
    description: t('description', { count: photos.length }),
    url: absoluteUrl(href.gallery(locale)),
    inLanguage: langTag[locale],
    isPartOf: { '@type': 'WebSite', name: siteName[locale], url: absoluteUrl(href.home(locale)) },
    // The same ImageObject as each photo's own page, with its credit and licence.
    hasPart: groups.flatMap((g) => g.photos.map((p) => imageObject(p, locale))),
  };
  // GalleryLinks opens a thumbnail in the dialog.
  return (
    <>
      <GalleryLinks />
      <div className="mx-auto max-w-7xl px-4 pt-6 pb-24 sm:px-6">
        <JsonLd data={{ '@context': 'https://schema.org', ...jsonLd }} />
        <SiteCoins locale={locale} title={t('title')} url={href.gallery(locale)} />
        <Breadcrumbs locale={locale} items={[{ href: href.gallery(locale), name: tc('nav.gallery') }]} />
        <header className="max-w-3xl pt-10 sm:pt-14">
          <p className="text-sm font-semibold tracking-widest text-ochre uppercase">{t('kicker')}</p>
          <h1 className="mt-3 font-serif text-display font-bold text-balance">{t('title')}</h1>
          <p className="mt-5 text-lg leading-relaxed text-pretty text-muted sm:text-xl">{t('intro')}</p>
        </header>

        {/* The section filter: in-page links, so it works without JavaScript on this static page. */}
        <nav aria-label={t('jumpLabel')} className="mt-10" data-print="hide">
          <ul className="flex flex-wrap gap-2">
            {groups.map((g) => (
              <li key={g.section}>
                <a
                  href={`#${g.section}`}
                  className="inline-flex min-h-11 items-center gap-2 rounded-full border border-rule px-4 text-[0.95rem] hover:border-accent hover:text-accent"
                >
                  {tc(`sections.${g.section}`)}
                  <span className="text-sm text-muted tabular-nums">{g.photos.length}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>

        {groups.map((g, gi) => (
          <section key={g.section} aria-labelledby={g.section} className="mt-14 border-t border-rule pt-8 sm:mt-20">
            <div className="mb-8 flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
              <h2 id={g.section} className="font-serif text-[1.75rem] leading-tight font-bold sm:text-3xl">
                <span className="mr-3 text-base font-semibold tracking-widest text-ochre tabular-nums">
                  {String(gi + 1).padStart(2, '0')}
                </span>
                {tc(`sections.${g.section}`)}
              </h2>
              <p className="text-sm text-muted">
                {t('count', { count: g.photos.length })}
                <span aria-hidden="true"> · </span>
                <a href={href.article(locale, g.section)} className="link">
                  {t('readArticle')}
                </a>
              </p>
            </div>
            <GalleryGrid photos={g.photos} locale={locale} eager={gi === 0 ? 3 : 0} />
          </section>
        ))}
      </div>
    </>
  );
}
