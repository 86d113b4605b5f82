import { figuresJsonFile } from '@/lib/desk/responses';
import { localeFile, localeStaticParams } from '@/lib/i18n/locale-file';

/** `/{locale}/figures.json`: the key figures as data (lib/desk/figures.ts), the same fields as the CSV. */
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = localeStaticParams;
export const GET = localeFile('application/json; charset=utf-8', figuresJsonFile);
