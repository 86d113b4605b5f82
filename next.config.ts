import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { distDir as buildDir } from './lib/deploy/build-file';
import { imageDeviceSizes, imageQualities, imageSizes } from './lib/images-config';
import { commonSecurityHeaders, filePolicy } from './lib/security/headers';

/**
 * Old addresses from content/redirects.json as permanent (308) redirects. Only reads the file: it is
 * validated by the content check before every build (lib/content/redirects.ts).
 */
function contentRedirects() {
  const file = path.join(process.cwd(), 'content/redirects.json');
  if (!existsSync(file)) return [];
  const { redirects } = JSON.parse(readFileSync(file, 'utf8')) as { redirects: { from: string; to: string }[] };
  return redirects.map(({ from, to }) => ({ source: from, destination: to, permanent: true }));
}

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

// A separate build folder (NEXT_DIST_DIR) lets tests and benchmarks build without touching a dev server's `.next`.
const distDir = buildDir();

const config: NextConfig = {
  distDir,
  // The server reads its own build files (CSP manifest, build id) from the folder it was built into, so a server
  // started without NEXT_DIST_DIR in its environment still finds the right ones (lib/deploy/build-file.ts).
  env: { NEXT_DIST_DIR: distDir },
  // File tracing would copy the project's last csp-manifest.json into the standalone folder; a stale manifest
  // silently blocks every page's scripts. The postbuild step copies the current one instead.
  outputFileTracingExcludes: { '*': ['./.next*/csp-manifest.json'] },
  poweredByHeader: false,
  // Metadata in <head> for every reader, not streamed into <body>: the search page (rendered per request) was
  // invalid HTML otherwise (<title>, <meta name> and <link rel=canonical> inside <body>), and the page is small.
  htmlLimitedBots: /.*/,
  // Instances behind one CDN must share a build id; CI or the image build can pin it with BUILD_ID.
  generateBuildId: async () => process.env.BUILD_ID || null,
  // A self-contained server folder (.next/standalone) for containers; lib/deploy/standalone.ts completes it.
  output: 'standalone',
  reactStrictMode: true,
  async redirects() {
    return contentRedirects();
  },
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
      // proxy.ts sets security headers on everything but hashed static chunks, which skip it for speed.
      { source: '/_next/static/:path*', headers: [...commonSecurityHeaders, { key: 'Content-Security-Policy', value: filePolicy }] },
      {
        source: '/photos/:path*',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=86400, stale-while-revalidate=604800' }],
      },
    ];
  },
};

export default withNextIntl(config);
