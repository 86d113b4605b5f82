import { readFileSync } from 'node:fs';
import { expect, inject } from 'vitest';
import type { SavedPage } from '../gates/types';
import { recordSample } from './site';

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

/** The pages of recordSample(sitemap) that `checked` lacks. */
export function recordSampleMissing(sitemap: readonly string[], checked: Iterable<string>, every = 3): string[] {
  const seen = new Set(checked);
  return recordSample([...sitemap].sort(), every).filter((p) => !seen.has(p));
}

/**
 * For a gate that opens recordSample's pages: it checked all of that sample of the sitemap (every page of every
 * other type, and every third term and photo page of each locale), unless this run checks a sample anyway.
 */
export function expectRecordSampleCovered(checked: Iterable<string>, every = 3) {
  const sitemap = inject('sitemap');
  expect(sitemap.length, 'the sitemap lists no pages').toBeGreaterThan(0);
  if (inject('sample')) return expect(new Set(checked).size).toBeGreaterThan(0);
  expect(recordSampleMissing(sitemap, checked, every), 'pages of the sample this gate did not check').toEqual([]);
}
