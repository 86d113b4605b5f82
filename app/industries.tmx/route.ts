import { tmxRoute } from '@/lib/desk/responses';

/** `/industries.tmx`: the article's aligned passages, zh-CN ↔ en (lib/desk/tmx.ts), written at build time. */
export const dynamic = 'force-static';
export const GET = tmxRoute('industries');
