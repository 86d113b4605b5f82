import { ogAlt, ogContentType, ogSize } from '@/lib/og';
import { localeStaticParams } from '@/lib/i18n/locale-file';
import { localeCard } from '@/lib/og/locale-card';

export const dynamicParams = false;
export const generateStaticParams = localeStaticParams;
export const alt = ogAlt;
export const size = ogSize;
export const contentType = ogContentType;
export default localeCard('glossary', 'glossary');
