import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const config: NextConfig = {
  // A separate build folder lets tests and benchmarks build without touching a running dev server's `.next`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
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
