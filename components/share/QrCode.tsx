import { absoluteUrl } from '@/lib/config';
import { sectionIds } from '@/lib/content/sections';
import { locales } from '@/lib/i18n/routing';

/** Pages whose address is offered as a QR code: home (the brief), the articles and the press page (share panels). */
const qrPages = locales.flatMap((locale) => [[locale], ...[...sectionIds, 'press'].map((page) => [locale, page])]);

/** Static params of app/qr/[...page]: `['zh', 'restoration.svg']` for /qr/zh/restoration.svg. */
export function qrImageParams(): { page: string[] }[] {
  return qrPages.map((segs) => ({ page: [...segs.slice(0, -1), `${segs.at(-1)}.svg`] }));
}

/** The absolute URL a QR file encodes, or undefined for a page that has none. */
export function qrTarget(page: readonly string[]): string | undefined {
  const segs = [...page.slice(0, -1), (page.at(-1) ?? '').replace(/\.svg$/, '')];
  return qrPages.some((p) => p.join('/') === segs.join('/')) ? absoluteUrl(`/${segs.join('/')}`) : undefined;
}

/** The page URL's path, `/zh/restoration`, gives the file `/qr/zh/restoration.svg` (the origin is not part of it). */
const qrSrc = (url: string) => `/qr${new URL(url).pathname.replace(/\/$/, '')}.svg`;

/**
 * A QR code drawn on the server at build time (lib/qr, app/qr/[...page]/route.ts) as a static SVG file: nothing
 * from another host, sharp in print, cached, and not repeated in the page's HTML and RSC payload. `label` is the
 * image's text alternative.
 */
export function QrCode({
  url,
  label,
  size,
  className = '',
  loading = 'lazy',
}: {
  url: string;
  label: string;
  size: number;
  className?: string;
  /** `lazy` (default) for codes behind a closed <details>; `eager` where the code is part of a printout. */
  loading?: 'lazy' | 'eager';
}) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a static SVG: next/image would add its loader and client code for nothing
    <img
      src={qrSrc(url)}
      alt={label}
      width={size}
      height={size}
      loading={loading}
      decoding="async"
      className={`inline-block ${className}`}
      data-qr={url}
    />
  );
}
