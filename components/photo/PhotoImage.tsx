import type { CSSProperties } from 'react';
import { getImageProps } from 'next/image';
import { preload } from 'react-dom';
import type { Photo } from '@/lib/content';
import type { Locale } from '@/lib/i18n/routing';

/**
 * One manifest photo as a plain server-rendered `<img>` with next/image's optimizer URLs (getImageProps): WebP at
 * the widths in next.config, intrinsic width and height (no layout shift) and a placeholder computed at build
 * time. Not the `<Image>` component: it is a client component and adds ~6 KiB gzip of JavaScript to every page
 * for nothing a static photo needs. `priority` (the hero only) fetches early: eager, high priority, and a
 * preload link in the head.
 *
 * The placeholder is the photo's 16-pixel-wide WebP (lib/content/site.ts) as the img's background, stretched:
 * the browser's smooth scaling softens it, and the opaque photo covers it once it loads. Not next/image's
 * `placeholder: 'blur'`, which wraps it in an SVG with a Gaussian-blur filter: about 1 KB more HTML per
 * picture, and each one is a separate SVG document the browser lays out and filters while the page loads
 * (a performance trace of an article: a few milliseconds each on a phone's CPU, on the main thread).
 */
export function PhotoImage({
  photo,
  locale,
  sizes,
  priority = false,
  decorative = false,
  className,
  style,
}: {
  photo: Photo;
  locale: Locale;
  sizes: string;
  priority?: boolean;
  /** Empty alt where the text beside the image already says what it is (a captioned link card). */
  decorative?: boolean;
  className?: string;
  /** Merged over the placeholder's style. */
  style?: CSSProperties;
}) {
  const { props } = getImageProps({
    src: photo.src,
    alt: decorative ? '' : photo.alt[locale],
    width: photo.width,
    height: photo.height,
    sizes,
    quality: 75,
    loading: priority ? 'eager' : 'lazy',
    fetchPriority: priority ? 'high' : undefined,
    className,
  });
  const placeholder: CSSProperties = { color: 'transparent', background: `url(${photo.blurDataURL}) center / cover no-repeat` };
  if (priority) preload(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: 'high' });
  // eslint-disable-next-line @next/next/no-img-element -- getImageProps: next/image's URLs without its client JS
  return <img {...props} style={{ ...props.style, ...placeholder, ...style }} alt={props.alt} />;
}
