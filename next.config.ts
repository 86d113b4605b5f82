import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

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

const config: NextConfig = {
  // A separate build folder lets tests and benchmarks build without touching a running dev server's `.next`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  async redirects() {
    return contentRedirects();
  },
  images: {
    // WebP only: AVIF decoding had a critical advisory in 2026 (GHSA-2xp9-vwfh-vxw4).
    formats: ['image/webp'],
    deviceSizes: [480, 768, 1080, 1600, 2400],
    imageSizes: [240, 360],
    qualities: [60, 75],
    minimumCacheTTL: 31536000,
  },
};

export default withNextIntl(config);
