import { describe, expect, it } from 'vitest';
import { throttlingFrom } from './lighthouse';
import { samplePages } from './types';

/** The benchmark names page types through e2e/site.ts (pageTypeName), the one classifier of crawled paths. */
describe('samplePages', () => {
  const terms = ['green-mine', 'goaf', 'banner', 'ordos'].map((t) => `/zh/glossary/${t}`);
  const photos = ['vineyards', 'rose-fields', 'pv-hydrogen'].map((p) => `/zh/gallery/${p}`);
  const pages = [
    '/zh',
    '/zh/restoration',
    '/zh/targets',
    '/zh/targets/parallel',
    '/zh/glossary',
    '/zh/glossary/by-pinyin',
    ...terms,
    '/zh/gallery',
    ...photos,
    '/zh/press',
    '/zh/press/brief',
    '/zh/search',
    '/zh/search?q=绿色',
    '/zh/corrections',
  ].sort();

  it('picks one page per named type and locale: the articles are one type, the empty search is left out', () => {
    const picked = Object.fromEntries(samplePages(pages).map((p) => [p.type, p.path]));
    expect(picked).toEqual({
      home: '/zh',
      article: '/zh/restoration',
      parallel: '/zh/targets/parallel',
      glossary: '/zh/glossary',
      term: '/zh/glossary/banner',
      gallery: '/zh/gallery',
      photo: '/zh/gallery/pv-hydrogen',
      press: '/zh/press',
      brief: '/zh/press/brief',
      search: '/zh/search?q=绿色',
      corrections: '/zh/corrections',
    });
  });
});

describe('throttlingFrom (BENCH_THROTTLING)', () => {
  it('defaults to Lighthouse’s simulation and accepts devtools', () => {
    expect(throttlingFrom(undefined)).toBe('simulate');
    expect(throttlingFrom('')).toBe('simulate');
    expect(throttlingFrom('devtools')).toBe('devtools');
  });
  it('refuses a value Lighthouse would not know (control)', () => {
    expect(() => throttlingFrom('provided')).toThrow(/simulate or devtools/);
  });
});
