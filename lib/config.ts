/**
 * The site's public origin. Canonical URLs, hreflang alternates, citations, feeds and QR codes are built from
 * this one value, so a deployment under another host only sets SITE_URL.
 */
export const siteUrl = new URL(process.env.SITE_URL || 'https://zhungeer-green-mines.example.org');

export const siteName = { zh: '准格尔旗绿色矿山', en: 'Green Mines of Zhungeer' } as const;

/** Absolute URL for a site path ("/zh/restoration#x"). */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl).toString();
}
