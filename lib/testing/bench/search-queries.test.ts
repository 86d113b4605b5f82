import { describe, expect, it } from 'vitest';
import { SearchPageCache, searchPageKey, type FilledPage } from '../../search/page-cache';
import { benchSearchPath, searchQueries } from './search-queries';

/** The page-cache key of a bench path, through the cache's own key function (what proxy.ts uses). */
const keyOf = (path: string) => {
  const url = new URL(path, 'http://bench.invalid');
  return searchPageKey(url.pathname, url.searchParams);
};
const page: FilledPage = {
  status: 200,
  body: '<script nonce="YmVuY2gtbm9uY2UtMDAwMDAwMDA=">x</script>',
  headers: [['content-security-policy', "script-src 'self' 'nonce-YmVuY2gtbm9uY2UtMDAwMDAwMDA='"]],
};

/** Paths among the first `n` that map to a key an earlier one already had. */
function repeatedKeys(paths: string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const k = keyOf(p);
    if (k === undefined || seen.has(k)) return true;
    seen.add(k);
    return false;
  });
}

describe('the search bench’s queries, as the page cache keys them', () => {
  const n = searchQueries.length;
  it(`one round of the list is ${n} distinct cache keys (the bench measures ${n} pages, not fewer)`, () => {
    expect(n).toBeGreaterThanOrEqual(40);
    expect(repeatedKeys(Array.from({ length: n }, (_, i) => benchSearchPath(i, false)))).toEqual([]);
  });
  it('"every query new" never repeats a key, over several rounds', () => {
    expect(repeatedKeys(Array.from({ length: 4 * n }, (_, i) => benchSearchPath(i, true)))).toEqual([]);
  });
  it('control: two queries that differ only in spacing are reported as one key', () => {
    expect(repeatedKeys(['/en/search?q=coal', '/en/search?q=%20coal%20'])).toEqual(['/en/search?q=%20coal%20']);
  });
  it('the same query asked again is a hit, not a second render', async () => {
    const cache = new SearchPageCache();
    let renders = 0;
    const path = benchSearchPath(0, false);
    await cache.answer(keyOf(path)!, async () => (renders++, page));
    await cache.answer(keyOf(benchSearchPath(0, false))!, async () => (renders++, page));
    expect([renders, cache.hits, cache.misses]).toEqual([1, 1, 1]);
    // Control: a fresh query is a miss.
    await cache.answer(keyOf(benchSearchPath(0, true))!, async () => (renders++, page));
    expect([renders, cache.hits, cache.misses]).toEqual([2, 1, 2]);
  });
});
