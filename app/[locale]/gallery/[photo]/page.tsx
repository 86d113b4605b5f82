import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { PhotoInfo } from '@/components/gallery/PhotoInfo';
import { PhotoNeighbours } from '@/components/gallery/PhotoNeighbours';
import { PhotoUses } from '@/components/gallery/PhotoUses';
import { JsonLd } from '@/components/JsonLd';
import { PhotoImage } from '@/components/photo/PhotoImage';
import { getPhoto, listPhotos } from '@/lib/content';
import { absoluteUrl } from '@/lib/config';
import { neighbours } from '@/lib/gallery';
import { formatBytes, mediaLabel } from '@/lib/press';
import { imageObject } from '@/lib/gallery/jsonld';
import { isLocale } from '@/lib/i18n/routing';
import { pageLocale } from '@/lib/i18n/page';
import { pageMetadata } from '@/lib/metadata';
import { SiteCoins } from '@/components/cite/Coins';
import { href } from '@/lib/routes';

type Params = { params: Promise<{ locale: string; photo: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listPhotos()).map((p) => ({ photo: p.id }));
}

export async function generateMetadata({ params }: Params) {
  const { locale, photo: id } = await params;
  const photo = isLocale(locale) ? await getPhoto(id) : undefined;
  if (!isLocale(locale) || !photo) return {};
  const base = pageMetadata({ locale, page: (l) => href.photo(l, photo.id), title: photo.caption[locale], description: photo.alt[locale] });
  // The link preview shows the photo itself, at its real size, with its alt text.
  const image = { url: absoluteUrl(photo.src), width: photo.width, height: photo.height, alt: photo.alt[locale], type: photo.mediaType };
  return { ...base, openGraph: { ...base.openGraph, images: [image] }, twitter: { ...base.twitter, images: [image] } };
}

export default async function PhotoPage({ params }: Params) {
  const locale = await pageLocale(params);
  const { photo: id } = await params;
  const photo = await getPhoto(id);
  if (!photo) notFound();
  const [photos, t, tc] = await Promise.all([
    listPhotos(),
    getTranslations({ locale, namespace: 'gallery' }),
    getTranslations({ locale, namespace: 'common' }),
  ]);
  const { prev, next, index, total } = neighbours(photos, photo.id);
  return (
    <div className="pb-8">
      <JsonLd data={{ '@context': 'https://schema.org', ...imageObject(photo, locale) }} />
      <SiteCoins locale={locale} title={photo.caption[locale]} url={href.photo(locale, photo.id)} />
      <div className="mx-auto max-w-7xl px-4 pt-6 sm:px-6">
        <Breadcrumbs
          locale={locale}
          items={[
            { href: href.gallery(locale), name: tc('nav.gallery') },
            { href: href.photo(locale, photo.id), name: photo.caption[locale] },
          ]}
        />
      </div>
      <figure className="mt-6 sm:mt-8">
        <div className="mx-auto max-w-[1600px]">
          <PhotoImage
            photo={photo}
            locale={locale}
            sizes="(min-width: 1600px) 1600px, 100vw"
            priority
            // Full width where that fits the screen (phones, tablets), else capped so the whole picture is never
            // taller than 82% of the viewport (no crop, no grey band). The box comes from the width and the
            // photo's ratio, so it is reserved before the file arrives (no layout shift).
            className="mx-auto block h-auto w-full dark:brightness-90"
            style={{ maxWidth: `min(100%, calc(82vh * ${photo.width / photo.height}))` }}
          />
        </div>
        <PhotoInfo
          photo={photo}
          locale={locale}
          heading="h1"
          kicker={`${tc(`sections.${photo.section}`)} · ${t('photoOf', { n: index + 1, total })}`}
          className="mx-auto max-w-7xl px-4 pt-8 sm:px-6 [&_dl]:max-w-3xl [&_h1]:max-w-4xl"
        />
      </figure>
      <div className="mx-auto mt-12 grid max-w-7xl gap-10 px-4 sm:px-6 md:grid-cols-3">
        <PhotoUses photo={photo} locale={locale} />
        <div data-print="hide">
          <h2 className="text-sm font-semibold tracking-widest text-muted uppercase">{t('useHeading')}</h2>
          <a
            href={photo.src}
            download
            type={photo.mediaType}
            aria-describedby="download-details"
            className="mt-3 inline-flex min-h-11 items-center gap-2 rounded-full bg-accent px-5 font-semibold text-accent-ink hover:opacity-90"
          >
            <span aria-hidden="true">↓</span> {t('download')}
          </a>
          <p id="download-details" className="mt-2 text-sm text-muted tabular-nums">
            {t('downloadDetails', {
              format: mediaLabel(photo.mediaType),
              width: photo.width,
              height: photo.height,
              size: formatBytes(photo.bytes, locale),
            })}
          </p>
          {photo.credit && (
            <p className="mt-3 text-sm leading-relaxed">{t('creditLine', { credit: photo.credit[locale], license: photo.license })}</p>
          )}
        </div>
        <details className="group -mt-3">
          <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 text-sm font-semibold tracking-widest text-muted uppercase hover:text-ink [&::-webkit-details-marker]:hidden">
            {t('descriptionLabel')}
            <span aria-hidden="true" className="text-base transition-transform group-open:rotate-45">
              +
            </span>
          </summary>
          <p className="mt-1 leading-relaxed text-pretty">{photo.alt[locale]}</p>
        </details>
      </div>
      <PhotoNeighbours prev={prev} next={next} locale={locale} label={t('neighbours')} prevLabel={t('previous')} nextLabel={t('next')} />
    </div>
  );
}
