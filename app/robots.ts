import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/config';

/** Everything may be crawled except search results (endless, thin pages; they also say noindex). */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: '/*/search?' },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
