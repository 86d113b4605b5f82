/**
 * The site's public origin, for what the server writes into prerendered pages: canonical and hreflang URLs,
 * Open Graph, JSON-LD, feeds, the sitemap, QR codes and the citation files. A deployment sets SITE_URL at
 * build time. Without it the site is built for http://localhost:$PORT (3000 by default), as Next.js's own
 * metadataBase default does, and next.config.ts prints one warning naming SITE_URL: a placeholder domain
 * would ship links that lead nowhere. What the browser makes (copy link, quotes, client-side citations,
 * Web Share) uses the origin the reader is on instead (lib/share/index.ts `onThisOrigin`).
 */
export function resolveSiteUrl(env: Record<string, string | undefined> = process.env): { url: URL; fromDefault: boolean } {
  const given = env.SITE_URL?.trim();
  if (given) {
    const url = new URL(given);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be an http(s) origin, got "${given}"`);
    return { url: new URL(url.origin), fromDefault: false };
  }
  return { url: new URL(`http://localhost:${env.PORT?.trim() || '3000'}`), fromDefault: true };
}

// Spelled out so Next.js inlines the value next.config.ts resolved at build time (its `env`): a server started
// later with another SITE_URL or PORT still agrees with its prerendered pages.
export const siteUrl = resolveSiteUrl({ SITE_URL: process.env.SITE_URL, PORT: process.env.PORT }).url;

export const siteName = { zh: '准格尔旗绿色矿山', en: 'Green Mines of Zhungeer' } as const;

/** Absolute URL for a site path ("/zh/restoration#x"). */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl).toString();
}
