import { sectionIds } from '@/lib/content/sections';
import { pageType } from '../e2e/site';

/**
 * The benchmark's page types, named as the team names them, from the crawled paths (so pages added on other
 * branches join the benchmark without an edit here). An unknown shape gets its path template as its name.
 */
export function benchType(key: string, pages: readonly string[]): string {
  const url = new URL(key, 'http://x');
  const segs = url.pathname.split('/').slice(2);
  const [a, b] = segs;
  if (segs.length === 0) return 'home';
  if (segs.length === 1 && (sectionIds as readonly string[]).includes(a!)) return 'article';
  if (segs.length === 2 && b === 'parallel') return 'parallel';
  if (segs.includes('brief')) return 'brief';
  if (a === 'search') return url.search ? 'search' : 'search (empty)';
  if (segs.length === 1 && ['gallery', 'glossary', 'press'].includes(a!)) return a!;
  if (segs.length === 2 && a === 'gallery') return 'photo';
  if (segs.length === 2 && a === 'glossary') return 'term';
  return pageType(key, pages);
}

/** One page per type and locale: the first in crawl order (search: the one with a query). */
export function samplePages(pages: readonly string[]): { type: string; locale: string; path: string }[] {
  const picked = new Map<string, { type: string; locale: string; path: string }>();
  for (const path of pages) {
    const type = benchType(path, pages);
    if (type === 'search (empty)') continue;
    const locale = path.split('/')[1]!;
    if (!picked.has(`${type}:${locale}`)) picked.set(`${type}:${locale}`, { type, locale, path });
  }
  return [...picked.values()];
}
