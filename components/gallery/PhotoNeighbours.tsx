import type { Photo } from '@/lib/content';
import type { Locale } from '@/lib/i18n/routing';
import { PhotoImage } from '../photo/PhotoImage';
import { href } from '@/lib/routes';
import { CaptionText } from '@/components/text/CaptionText';

/**
 * Previous/next on the full photo page. Plain `<a>` on purpose: a client-side navigation from here to another
 * photo would be caught by the modal route and open a dialog over this page; a full page load shows the page.
 */
export function PhotoNeighbours({
  prev,
  next,
  locale,
  label,
  prevLabel,
  nextLabel,
}: {
  prev?: Photo;
  next?: Photo;
  locale: Locale;
  label: string;
  prevLabel: string;
  nextLabel: string;
}) {
  const card = (photo: Photo, dir: 'prev' | 'next') => (
    <a
      href={href.photo(locale, photo.id)}
      rel={dir}
      className={`group flex items-center gap-4 rounded-md border border-rule p-3 hover:border-accent ${dir === 'next' ? 'flex-row-reverse text-right' : ''}`}
    >
      <PhotoImage
        photo={photo}
        locale={locale}
        sizes="120px"
        decorative
        className="aspect-[8/5] w-28 shrink-0 rounded-sm object-cover sm:w-32"
      />
      <span className="min-w-0">
        <span className="block text-sm text-muted">{dir === 'prev' ? `← ${prevLabel}` : `${nextLabel} →`}</span>
        <span className="mt-1 line-clamp-2 block leading-snug group-hover:text-accent">
          <CaptionText text={photo.caption[locale]} />
        </span>
      </span>
    </a>
  );
  return (
    <nav aria-label={label} className="mx-auto mt-16 grid max-w-7xl gap-4 px-4 sm:grid-cols-2 sm:px-6" data-print="hide">
      {prev ? card(prev, 'prev') : <span className="hidden sm:block" />}
      {next && <div className="sm:col-start-2">{card(next, 'next')}</div>}
    </nav>
  );
}
