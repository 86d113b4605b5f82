import type { Photo } from '@/lib/content';
import type { Locale } from '@/lib/i18n/routing';
import { PhotoImage } from '../photo/PhotoImage';
import { href } from '@/lib/routes';
import { CaptionText } from '@/components/text/CaptionText';
import { GALLERY_ATTR } from './gallery-keys';

/**
 * Column widths of the grid below, for `sizes`: one column under 640 px, two to 1024 px, three above, inside
 * the max-w-7xl (80rem) page with its padding. The browser picks a width from this, so a desktop at DPR 1
 * loads the 480 px WebP and a phone at DPR 2 the 768 px one (both well under 60 KB, see gallery.test.ts).
 */
export const thumbnailSizes =
  '(min-width: 1280px) 395px, (min-width: 1024px) calc((100vw - 112px) / 3), (min-width: 640px) calc((100vw - 72px) / 2), calc((100vw - 44px) / 2)';
/** The first picture of a group when it spans the row (see `spans`). */
const leadSizes = '(min-width: 1280px) 1216px, calc(100vw - 32px)';

/**
 * No orphan rows: two columns up to 1024 px, three above. When a group's count leaves a short last row, its
 * first picture spans the row's extra columns instead (full width on two columns when the count is odd; two or
 * three columns on three when the count leaves a remainder), so every row is full.
 */
export function spans(count: number): { two: boolean; three: 0 | 2 | 3 } {
  const rest = count % 3;
  return { two: count % 2 === 1, three: rest === 0 ? 0 : rest === 2 ? 2 : 3 };
}

/**
 * One section's thumbnails. Each is a plain link to the photo page (the no-JS path); with JavaScript,
 * GalleryLinks.client.tsx turns a click into a client navigation, which the intercepting route in
 * app/[locale]/@modal shows as a dialog over the grid, the grid staying where it was. Plain server markup (no
 * next/link), so the gallery page can send it as static HTML. The first `eager` images load at once; the rest
 * lazily.
 */
export function GalleryGrid({ photos, locale, eager = 0 }: { photos: Photo[]; locale: Locale; eager?: number }) {
  return (
    <ul {...{ [GALLERY_ATTR.grid]: '' }} className="grid grid-cols-2 gap-x-3 gap-y-6 sm:gap-x-8 sm:gap-y-10 lg:grid-cols-3">
      {photos.map((photo, i) => {
        const span = spans(photos.length);
        const lead = i === 0 && (span.two || span.three > 0);
        const cls =
          i === 0
            ? `${span.two ? 'col-span-2' : ''} ${span.three === 3 ? 'lg:col-span-3' : span.three === 2 ? 'lg:col-span-2' : span.two ? 'lg:col-span-1' : ''}`
            : '';
        return (
          <li key={photo.id} className={cls}>
            <a
              href={href.photo(locale, photo.id)}
              aria-labelledby={`thumb-${photo.id}`}
              className="group block rounded-sm"
              {...{ [GALLERY_ATTR.photo]: photo.id }}
            >
              <figure>
                <div className="overflow-hidden rounded-sm bg-paper-2">
                  <PhotoImage
                    photo={photo}
                    locale={locale}
                    sizes={lead ? leadSizes : thumbnailSizes}
                    priority={i < eager}
                    className="aspect-[8/5] h-auto w-full object-cover transition-transform duration-500 ease-out group-hover:scale-[1.02] motion-reduce:transition-none"
                  />
                </div>
                <figcaption
                  id={`thumb-${photo.id}`}
                  className="mt-2 text-sm leading-snug text-pretty group-hover:text-accent sm:mt-3 sm:text-[0.95rem]"
                >
                  <CaptionText text={photo.caption[locale]} />
                </figcaption>
              </figure>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
