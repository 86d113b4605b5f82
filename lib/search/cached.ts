import 'server-only';
import type { Locale } from '@/lib/i18n/routing';
import { normalizeQuery, search, type SearchIndex, type SearchResult } from './index';
import { Lru } from './lru';

/**
 * Results by locale, limit and normalised query: `?q=Mine`, `?q=mine ` and `?q=ｍｉｎｅ` are one entry. Results do
 * not depend on the reader, only on the build's index, which is fixed for the life of the process. Bounded: at most
 * `capacity` lists (each at most `limit` results), the least recently used dropped first.
 */
const capacity = 500;
const results = new Lru<string, SearchResult[]>(capacity);

export function cachedSearch(locale: Locale, index: SearchIndex, raw: unknown, limit: number): { query: string; results: SearchResult[] } {
  const query = normalizeQuery(raw);
  const key = `${locale}\u0000${limit}\u0000${query}`;
  let hit = results.get(key);
  if (!hit) results.set(key, (hit = search(index, query, { limit })));
  return { query, results: hit };
}
