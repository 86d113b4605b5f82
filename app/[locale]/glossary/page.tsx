import { indexMetadata, indexPage } from './index-route';
import { localeStaticParams } from '@/lib/i18n/locale-file';

/** The glossary by topic, then pinyin: a static page of its own (why: components/glossary/GlossaryIndex.tsx). */
export const dynamicParams = false;

export const generateStaticParams = localeStaticParams;

export const generateMetadata = indexMetadata('category');
export default indexPage('category');
