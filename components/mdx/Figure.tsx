import { getPhoto } from '@/lib/content';
import type { Locale } from '@/lib/i18n/routing';
import { PhotoCaption } from '../photo/PhotoCaption';
import { PhotoImage } from '../photo/PhotoImage';
import { href } from '@/lib/routes';

/**
 * `<Figure id="..." />` in MDX: a manifest photo, wider than the text column on large screens. With `bleed`
 * (`<Figure id="..." bleed />`) the picture spans the whole window from 1024 px (`.figure-bleed`, app/styles/figures.css), a
 * rest in the long read; its caption stays in the text column.
 */
export async function Figure({ id, locale, bleed = false }: { id: string; locale: Locale; bleed?: boolean }) {
  const photo = await getPhoto(id);
  if (!photo) throw new Error(`Figure: unknown photo "${id}"`);
  return (
    <figure className={bleed ? 'my-10 lg:my-16' : 'my-10 xl:-mx-16'} data-bleed={bleed ? '' : undefined}>
      <a href={href.photo(locale, photo.id)} className={bleed ? 'figure-bleed block' : 'block'}>
        <PhotoImage
          photo={photo}
          locale={locale}
          sizes={bleed ? '100vw' : '(min-width: 1024px) 860px, 100vw'}
          className={bleed ? 'h-auto w-full rounded-sm lg:aspect-[2/1] lg:rounded-none lg:object-cover' : 'h-auto w-full rounded-sm'}
        />
      </a>
      <PhotoCaption photo={photo} locale={locale} className="mt-3" />
    </figure>
  );
}

/** `<Gallery ids={[...]} />` in MDX: a small grid of photos, each linking to its own page. */
export async function Gallery({ ids, locale }: { ids: string[]; locale: Locale }) {
  const photos = await Promise.all(ids.map((id) => getPhoto(id)));
  return (
    <div className="my-10 grid grid-cols-2 gap-3 lg:gap-4 xl:-mx-16" role="group">
      {photos.map((photo, i) => {
        if (!photo) throw new Error(`Gallery: unknown photo "${ids[i]}"`);
        return (
          <figure key={photo.id} className={photos.length % 2 === 1 && i === 0 ? 'col-span-2' : ''}>
            <a href={href.photo(locale, photo.id)} className="block">
              <PhotoImage
                photo={photo}
                locale={locale}
                sizes={photos.length % 2 === 1 && i === 0 ? '(min-width: 1024px) 860px, 100vw' : '(min-width: 1024px) 430px, 50vw'}
                className="h-auto w-full rounded-sm"
              />
            </a>
            <PhotoCaption photo={photo} locale={locale} className="mt-2" />
          </figure>
        );
      })}
    </div>
  );
}
