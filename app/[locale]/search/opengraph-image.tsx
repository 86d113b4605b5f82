import { ogAlt, ogContentType, ogSize } from '@/lib/og';
import { localeCard, localeParams } from '@/lib/og/locale-card';

export const dynamicParams = false;
export const generateStaticParams = localeParams;
export const alt = ogAlt;
export const size = ogSize;
export const contentType = ogContentType;
export default localeCard('search', { kicker: 'kicker', title: 'title' }, 'search');
