import { figuresCsvFile } from '@/lib/desk/responses';
import { localeFile, localeStaticParams } from '@/lib/i18n/locale-file';

/** `/{locale}/figures.csv`: the key figures for a news desk (lib/desk/figures.ts), UTF-8 with a BOM. */
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = localeStaticParams;
export const GET = localeFile('text/csv; charset=utf-8; header=present', figuresCsvFile);
