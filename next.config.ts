import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import { resolveSiteUrl } from './lib/config';
import { distDir as buildDir } from './lib/server/build-file';
import { imageDeviceSizes, imageQualities, imageSizes } from './lib/images-config';
import { filePolicy, frameworkResponseHeaders } from './lib/security/headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

// A separate build folder (NEXT_DIST_DIR) lets tests and benchmarks build without touching a dev server's `.next`.
const distDir = buildDir();

// The public origin written into prerendered pages (lib/config.ts). Fixed at build time, so a server started later
// with another SITE_URL (or none) still serves pages and routes that agree with each other.
const site = resolveSiteUrl();

const config: NextConfig = {
  distDir,
  // The server reads its own build files (CSP manifest, build id) from the folder it was built into, so a server
  // started without NEXT_DIST_DIR in its environment still finds the right ones (lib/server/build-file.ts).
  env: { NEXT_DIST_DIR: distDir, SITE_URL: site.url.origin },
  // File tracing would copy the project's last page-manifest.json into the standalone folder; a stale manifest
  // silently blocks every page's scripts. The postbuild step copies the current one instead.
  outputFileTracingExcludes: { '*': ['./.next*/page-manifest.json'] },
  poweredByHeader: false,
  // proxy.ts must tell an HTML request from an RSC one (same path; `RSC` header, `_rsc` query) so that only
  // HTML gets the page's ETag; by default Next.js strips both before the proxy sees the request.
  skipProxyUrlNormalize: true,
  // proxy.ts answers the trailing-slash redirect and content/redirects.json's old addresses itself, with the site's
  // security headers (Next's own redirects drop the headers its config adds; its repeated-slash 308, which runs before
  // everything, gets them from lib/build/patch-next.mjs).
  skipTrailingSlashRedirect: true,
  // ETags are computed once at build time (lib/build/manifest.ts) and sent by proxy.ts, which also answers
  // If-None-Match with 304; Next's own would hash every response body on every request. Static files keep the
  // ETag Next's file server derives from size and time (lib/build/patch-next.mjs).
  generateEtags: false,
  // Metadata in <head> for every reader, not streamed into <body>: the search page (rendered per request) was
  // invalid HTML otherwise (<title>, <meta name> and <link rel=canonical> inside <body>), and the page is small.
  htmlLimitedBots: /.*/,
  // Instances behind one CDN must share a build id; CI or the image build can pin it with BUILD_ID.
  generateBuildId: async () => process.env.BUILD_ID || null,
  // A self-contained server folder (.next/standalone) for containers; lib/build/postbuild.ts completes it.
  output: 'standalone',
  reactStrictMode: true,
  // Only for `npm run bench:trace`'s own build (lib/testing/bench/trace.ts names source files from them).
  productionBrowserSourceMaps: process.env.BENCH_SOURCE_MAPS === '1',
  images: {
    // WebP only: AVIF decoding had a critical advisory in 2026 (GHSA-2xp9-vwfh-vxw4).
    formats: ['image/webp'],
    deviceSizes: imageDeviceSizes,
    imageSizes,
    qualities: imageQualities,
    minimumCacheTTL: 31536000,
    contentSecurityPolicy: filePolicy,
  },
  async headers() {
    return [
      // Every response, including what Next.js answers before or without the proxy: hashed static chunks (which skip
      // it for speed) and the patched 405/412/416 (patch-next.mjs).
      // Headers the proxy sets (each page's own policy) replace these, they are not sent twice.
      { source: '/:path*', headers: Object.entries(frameworkResponseHeaders).map(([key, value]) => ({ key, value })) },
      {
        source: '/photos/:path*',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=86400, stale-while-revalidate=604800' }],
      },
    ];
  },
};

/** One warning per build (worker processes inherit the flag), only when SITE_URL was not given. */
function warnSiteUrl(phase: string) {
  if (phase !== PHASE_PRODUCTION_BUILD || !site.fromDefault || process.env.SITE_URL_WARNED) return;
  process.env.SITE_URL_WARNED = '1';
  console.warn(
    `\n⚠ SITE_URL is not set: canonical links, feeds, the sitemap, QR codes and citation files are built for ${site.url.origin}.\n` +
      `  Set SITE_URL to the public origin when building for production, e.g. SITE_URL=https://your-domain npm run build\n`,
  );
}

export default function nextConfig(phase: string): NextConfig {
  warnSiteUrl(phase);
  return withNextIntl(config);
}
