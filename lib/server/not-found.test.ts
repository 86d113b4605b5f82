import { describe, expect, it } from 'vitest';
import { missingInLocale } from './not-found';

describe('which paths get the 404 page of their locale', () => {
  it.each([
    ['/en/no-such-section', false, false, 'en'],
    ['/zh/restoration/extra/parts', false, false, 'zh'],
    ['/en/page-not-found', true, false, 'en'],
    ['/zh/gallery/no-such-photo', false, false, 'zh'],
    // Negative control: a path a page renders on request is a 404 once the build no longer lists that route.
    ['/en/search', false, false, 'en'],
  ])('%s (prerendered: %s, on request: %s) → %s', (path, prerendered, onRequest, locale) => {
    expect(missingInLocale(path, prerendered, onRequest)).toBe(locale);
  });
  it.each([
    ['/en/restoration', true, false],
    ['/zh', false, false],
    ['/en/', false, false],
    ['/en/search', false, true],
    ['/zh/search/', false, true],
    ['/fr/restoration', false, false],
    ['/photos/vineyards.jpg', false, false],
    ['/english', false, false],
  ])('%s (prerendered: %s, on request: %s) is left to Next.js', (path, prerendered, onRequest) => {
    expect(missingInLocale(path, prerendered, onRequest)).toBeUndefined();
  });
});
