import { getTranslations } from 'next-intl/server';
import type { Photo } from '@/lib/content';
import type { Locale } from '@/lib/i18n/routing';
import { formatBytes, mediaLabel } from '@/lib/press';
import { illustrationsArchive } from '@/lib/desk/responses';
import { href } from '@/lib/routes';
import { PhotoImage } from '../photo/PhotoImage';
import { CaptionText } from '@/components/text/CaptionText';

/**
 * Every image in the manifest with its caption, credit, licence and a download link to the original file, after one
 * link to all of them in a ZIP (lib/desk/illustrations.ts) whose size is the archive's own, built here as the route
 * builds it.
 */
export async function PhotoDownloads({ photos, locale }: { photos: Photo[]; locale: Locale }) {
  const [t, zip] = await Promise.all([getTranslations({ locale, namespace: 'press' }), illustrationsArchive()]);
  return (
    <>
      <p className="mt-6">
        <a
          href={href.illustrationsZip()}
          download
          className="inline-flex min-h-11 flex-wrap items-center gap-x-2 rounded-full bg-accent px-5 py-2 font-semibold text-accent-ink hover:opacity-90"
          data-testid="illustrations-zip"
          data-bytes={zip.byteLength}
        >
          <span aria-hidden="true">↓</span> {t('zip.link')}
          <span className="text-sm font-normal">
            {t('zip.detail', { count: photos.length, size: formatBytes(zip.byteLength, locale) })}
          </span>
        </a>
      </p>
      <ul className="mt-8 grid gap-x-6 gap-y-10 sm:grid-cols-2 lg:grid-cols-3" data-testid="photo-downloads">
        {photos.map((photo) => (
          <li key={photo.id}>
            <figure>
              <PhotoImage
                photo={photo}
                locale={locale}
                sizes="(min-width: 1024px) 24rem, (min-width: 640px) 50vw, 100vw"
                className="aspect-[3/2] w-full rounded-sm object-cover"
              />
              <figcaption className="mt-3 leading-snug">
                <CaptionText text={photo.caption[locale]} />
              </figcaption>
            </figure>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm text-muted">
              <dt>{t('photos.credit')}</dt>
              <dd className="text-ink">{photo.credit?.[locale]}</dd>
              <dt>{t('photos.licence')}</dt>
              <dd>
                {photo.licenseUrl ? (
                  <a className="link" href={photo.licenseUrl} rel="license noopener">
                    {photo.license}
                  </a>
                ) : (
                  photo.license
                )}
              </dd>
            </dl>
            <a
              href={photo.src}
              download
              className="mt-3 inline-flex min-h-11 flex-wrap items-center gap-x-2 rounded-full border border-rule px-4 text-sm font-semibold hover:border-accent"
            >
              <span aria-hidden="true">↓</span> {t('photos.download')}
              <span className="font-normal text-muted">
                {t('photos.downloadDetail', {
                  format: mediaLabel(photo.mediaType),
                  width: photo.width,
                  height: photo.height,
                  size: formatBytes(photo.bytes, locale),
                })}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
