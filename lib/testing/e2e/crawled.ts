import { readFileSync } from 'node:fs';
import { expect, inject } from 'vitest';
import type { SavedPage } from '../gates/types';

/** The pages the crawl saved (server.ts), for gates that read HTML and headers. */
export function crawledPages(): SavedPage[] {
  return JSON.parse(readFileSync(inject('pagesFile'), 'utf8')) as SavedPage[];
}

/** A crawl gate must have checked every page the sitemap lists (unless this run checks a sample). */
export function expectSitemapCovered(checked: Iterable<string>) {
  const seen = new Set(checked);
  expect(inject('sitemap').length, 'the sitemap lists no pages').toBeGreaterThan(0);
  if (inject('sample')) return expect(seen.size).toBeGreaterThan(0);
  expect(
    inject('sitemap').filter((p) => !seen.has(p)),
    'pages in the sitemap this gate did not check',
  ).toEqual([]);
}
