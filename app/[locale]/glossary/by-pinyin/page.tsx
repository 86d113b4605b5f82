import { indexMetadata, indexPage } from '@/components/glossary/indexRoute';
import { locales } from '@/lib/i18n/routing';

/** The glossary A to Z by pinyin: a static page of its own (why: components/glossary/GlossaryIndex.tsx). */
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export const generateMetadata = indexMetadata('pinyin');
export default indexPage('pinyin');
