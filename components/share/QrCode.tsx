import { absoluteUrl } from '@/lib/config';
import { sectionIds, href } from '@/lib/routes';
import { locales } from '@/lib/i18n/routing';

/**
 * The QR files (`/qr/{segs}.svg`) and the address each encodes: each article and the press page (share panels),
 * the home page, and for the printed brief the home page's list of the articles (`/{locale}#articles`), since the
 * brief's code invites the reader to read the articles.
 */
const qrFiles = locales.flatMap((locale) => [
  { segs: [locale], target: href.home(locale) },
  { segs: [locale, 'articles'], target: href.articles(locale) },
  ...sectionIds.map((section) => ({ segs: [locale, section], target: href.article(locale, section) })),
  { segs: [locale, 'press'], target: href.press(locale) },
]);

/** Static params of app/qr/[...page]: `['zh', 'restoration.svg']` for /qr/zh/restoration.svg. */
export function qrImageParams(): { page: string[] }[] {
  return qrFiles.map(({ segs }) => ({ page: [...segs.slice(0, -1), `${segs.at(-1)}.svg`] }));
}

/** The absolute URL a QR file encodes, or undefined for a page that has none. */
export function qrTarget(page: readonly string[]): string | undefined {
  const segs = [...page.slice(0, -1), (page.at(-1) ?? '').replace(/\.svg$/, '')].join('/');
  const file = qrFiles.find((f) => f.segs.join('/') === segs);
  return file && absoluteUrl(file.target);
}

/** The file that encodes `url`: a listed target's file, else the page URL's path (`/zh/restoration` → `/qr/zh/restoration.svg`). */
const qrSrc = (url: string) => {
  const file = qrFiles.find((f) => absoluteUrl(f.target) === url);
  return file ? `/qr/${file.segs.join('/')}.svg` : `/qr${new URL(url).pathname.replace(/\/$/, '')}.svg`;
};

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
