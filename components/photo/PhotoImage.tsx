import Image from 'next/image';
import type { Photo } from '@/lib/content';
import type { Locale } from '@/lib/i18n/routing';

/**
 * One manifest photo through next/image: WebP at the widths in next.config, intrinsic width and height (no
 * layout shift) and a blur placeholder computed at build time. `priority` only for the hero.
 */
export function PhotoImage({
  photo,
  locale,
  sizes,
  priority = false,
  decorative = false,
  className,
}: {
  photo: Photo;
  locale: Locale;
  sizes: string;
  priority?: boolean;
  /** Empty alt where the text beside the image already says what it is (a captioned link card). */
  decorative?: boolean;
  className?: string;
}) {
  return (
    <Image
      src={photo.src}
      alt={decorative ? '' : photo.alt[locale]}
      width={photo.width}
      height={photo.height}
      sizes={sizes}
      quality={75}
      priority={priority}
      loading={priority ? undefined : 'lazy'}
      placeholder="blur"
      blurDataURL={photo.blurDataURL}
      className={className}
    />
  );
}
