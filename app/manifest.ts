import type { MetadataRoute } from 'next';
import { siteName } from '@/lib/config';

/** Web app manifest. Colours are the paper and accent tokens of app/globals.css (light theme). */
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
    background_color: '#fbfaf6',
    theme_color: '#2c6a4c',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
