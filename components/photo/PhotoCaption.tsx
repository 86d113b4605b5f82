import type { Photo } from '@/lib/content';
import type { Locale } from '@/lib/i18n/routing';

export function PhotoCaption({ photo, locale, className = '' }: { photo: Photo; locale: Locale; className?: string }) {
  return (
    <figcaption className={`text-sm leading-relaxed text-muted ${className}`}>
      {photo.caption[locale]} <span className="inline-block">{photo.credit?.[locale]}</span>
    </figcaption>
  );
}
