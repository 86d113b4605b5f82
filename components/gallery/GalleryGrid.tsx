import Link from 'next/link';
import type { Photo } from '@/lib/content';
import type { Locale } from '@/lib/i18n/routing';
import { PhotoImage } from '../photo/PhotoImage';

/**
 * Column widths of the grid below, for `sizes`: one column under 640 px, two to 1024 px, three above, inside
 * the max-w-7xl (80rem) page with its padding. The browser picks a width from this, so a desktop at DPR 1
 * loads the 480 px WebP and a phone at DPR 2 the 768 px one (both well under 60 KB, see gallery.test.ts).
 */
export const thumbnailSizes =
  '(min-width: 1280px) 395px, (min-width: 1024px) calc((100vw - 112px) / 3), (min-width: 640px) calc((100vw - 72px) / 2), calc(100vw - 32px)';

/**
 * One section's thumbnails. Each is a plain link to the photo page (the no-JS path); with JavaScript, the
 * intercepting route in app/[locale]/@modal shows it in a dialog over the grid instead. `scroll={false}` keeps
 * the grid where it was behind the dialog. The first `eager` images load at once; the rest lazily.
 */
export function GalleryGrid({ photos, locale, eager = 0 }: { photos: Photo[]; locale: Locale; eager?: number }) {
  return (
    <ul className="grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
      {photos.map((photo, i) => (
        <li key={photo.id}>
          <Link
            href={`/${locale}/gallery/${photo.id}`}
            prefetch={false}
            scroll={false}
            aria-labelledby={`thumb-${photo.id}`}
            className="group block rounded-sm"
            data-photo={photo.id}
          >
            <figure>
              <div className="overflow-hidden rounded-sm bg-paper-2">
                <PhotoImage
                  photo={photo}
                  locale={locale}
                  sizes={thumbnailSizes}
                  priority={i < eager}
                  className="aspect-[8/5] h-auto w-full object-cover transition-transform duration-500 ease-out group-hover:scale-[1.02] motion-reduce:transition-none"
                />
              </div>
              <figcaption id={`thumb-${photo.id}`} className="mt-3 text-[0.95rem] leading-snug text-pretty group-hover:text-accent">
                {photo.caption[locale]}
              </figcaption>
            </figure>
          </Link>
        </li>
      ))}
    </ul>
  );
}
