import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PhotoInfo } from '@/components/gallery/PhotoInfo';
import { PhotoImage } from '@/components/photo/PhotoImage';
import { getArticles, getPhoto, listPhotos } from '@/lib/content';
import { neighbours, photoUses } from '@/lib/gallery';
import { colon } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page';
import { href } from '@/lib/routes';

export { generateMetadata } from '../../../gallery/[photo]/page';

type Params = { params: Promise<{ locale: string; photo: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listPhotos()).map((p) => ({ photo: p.id }));
}

/** The photo as it shows inside the modal (the dialog itself is the layout's client shell). */
export default async function PhotoModal({ params }: Params) {
  const locale = await pageLocale(params);
  const { photo: id } = await params;
  const photo = await getPhoto(id);
  if (!photo) notFound();
  const [photos, articles, t] = await Promise.all([listPhotos(), getArticles(locale), getTranslations({ locale, namespace: 'gallery' })]);
  const { index, total } = neighbours(photos, photo.id);
  const use = photoUses(photo, locale, articles)[0];
  return (
    <>
      <figure className="flex min-h-0 flex-1 flex-col">
        <div className="flex min-h-0 flex-1 items-center justify-center px-2 sm:px-16">
          <PhotoImage
            key={photo.id}
            photo={photo}
            locale={locale}
            sizes="(min-width: 1024px) 80vw, 100vw"
            className="h-auto max-h-full w-auto max-w-full object-contain"
          />
        </div>
        <PhotoInfo
          photo={photo}
          locale={locale}
          heading="h2"
          captionId="photo-dialog-caption"
          kicker={t('photoOf', { n: index + 1, total })}
          className="mx-auto w-full max-w-5xl shrink-0 px-4 pt-4 pb-1 sm:px-6 md:grid md:grid-cols-[minmax(0,1fr)_auto] md:gap-x-12 [&>dl]:mt-3 [&>dl]:text-[0.8125rem] md:[&>dl]:col-start-2 md:[&>dl]:row-span-2 md:[&>dl]:row-start-1 md:[&>dl]:mt-0 md:[&>dl]:self-end"
        />
      </figure>
      <p className="mx-auto flex w-full max-w-5xl shrink-0 flex-wrap gap-x-6 px-4 pb-3 text-sm sm:px-6">
        {/* A full load on purpose: a client-side link to this URL would be caught by the modal again. */}
        <a href={href.photo(locale, photo.id)} className="link inline-flex min-h-11 items-center">
          {t('openPage')}
        </a>
        {use && (
          // A full load, as every link to a page outside the gallery: the article is a page of its own, not a modal state.
          <a href={use.href} className="link inline-flex min-h-11 items-center">
            {colon(t('illustrates'), locale)}
            {use.hero ? `${articles[use.section].title}` : (use.heading ?? articles[use.section].title)}
          </a>
        )}
      </p>
    </>
  );
}
