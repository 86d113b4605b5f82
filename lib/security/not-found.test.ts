import { describe, expect, it } from 'vitest';
import { missingInLocale } from './not-found';

describe('which paths get the 404 page of their locale', () => {
  it.each([
    ['/en/no-such-section', false, 'en'],
    ['/zh/restoration/extra/parts', false, 'zh'],
    ['/en/page-not-found', true, 'en'],
    ['/zh/gallery/no-such-photo', false, 'zh'],
  ])('%s (prerendered: %s) → %s', (path, prerendered, locale) => {
    expect(missingInLocale(path, prerendered)).toBe(locale);
  });
  it.each([
    ['/en/restoration', true],
    ['/zh', false],
    ['/en/', false],
    ['/en/search', false],
    ['/zh/search/', false],
    ['/fr/restoration', false],
    ['/photos/vineyards.jpg', false],
    ['/english', false],
  ])('%s (prerendered: %s) is left to Next.js', (path, prerendered) => {
    expect(missingInLocale(path, prerendered)).toBeUndefined();
  });
});
