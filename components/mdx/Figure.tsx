import { getPhoto } from '@/lib/content';
import type { Locale } from '@/lib/i18n/routing';
import { PhotoCaption } from '../photo/PhotoCaption';
import { PhotoImage } from '../photo/PhotoImage';
import { href } from '@/lib/routes';

/** `<Figure id="..." />` in MDX: a manifest photo, wider than the text column on large screens. */
export async function Figure({ id, locale }: { id: string; locale: Locale }) {
  const photo = await getPhoto(id);
  if (!photo) throw new Error(`Figure: unknown photo "${id}"`);
  return (
    <figure className="my-10 xl:-mx-16">
      <a href={href.photo(locale, photo.id)} className="block">
        <PhotoImage photo={photo} locale={locale} sizes="(min-width: 1024px) 860px, 100vw" className="h-auto w-full rounded-sm" />
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
