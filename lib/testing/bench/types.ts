import { pageTypeName } from '../e2e/site';

/** One page per type and locale: the first in crawl order (search: the one with a query). */
export function samplePages(pages: readonly string[]): { type: string; locale: string; path: string }[] {
  const picked = new Map<string, { type: string; locale: string; path: string }>();
  for (const path of pages) {
    const type = pageTypeName(path, pages);
    if (type === 'search (empty)') continue;
    const locale = path.split('/')[1]!;
    if (!picked.has(`${type}:${locale}`)) picked.set(`${type}:${locale}`, { type, locale, path });
  }
  return [...picked.values()];
}
