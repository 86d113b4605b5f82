import type { MetadataRoute } from 'next';
import { siteName } from '@/lib/config';
import { lightColours } from '@/lib/design/tokens';

/** Web app manifest. Colours are the paper and accent design tokens (lib/design/tokens.ts, light theme). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: `${siteName.zh} · ${siteName.en}`,
    short_name: siteName.zh,
    description: '准格尔旗如何让采煤土地重新变绿 · How Zhungeer Banner turned coal-mining land green',
    lang: 'zh-Hans',
    dir: 'ltr',
    start_url: '/zh',
    scope: '/',
    display: 'standalone',
    background_color: lightColours.paper,
    theme_color: lightColours.accent,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
