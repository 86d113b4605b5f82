import { describe, expect, it } from 'vitest';
import { htmlFileOf, isInternalOutput, routeOf, routePattern } from './page-files';

describe('a prerendered page: its route and its file', () => {
  it.each(['/', '/zh', '/zh/restoration', '/en/glossary/green-mine', '/zh/page-not-found'])('%s round-trips', (route) => {
    expect(routeOf(htmlFileOf(route))).toBe(route);
  });
  it('names the files the build writes', () => {
    expect(htmlFileOf('/')).toBe('index.html');
    expect(htmlFileOf('/zh/restoration')).toBe('zh/restoration.html');
    // A route body is not a page file: its route maps back from `.body`, never to an `.html` name.
    expect(routeOf('zh/feed.xml.body')).toBe('/zh/feed.xml');
    expect(htmlFileOf('/zh/feed.xml')).not.toBe('zh/feed.xml.body');
  });
});

describe('which outputs are internal to Next.js', () => {
  it.each(['/_not-found', '/_global-error', '/en/(.)gallery/forest-pv-belt'])('%s is internal', (p) =>
    expect(isInternalOutput(p)).toBe(true),
  );
  it.each(['/zh/gallery/forest-pv-belt', '/_next/image', '/zh', '/'])('%s is not', (p) => expect(isInternalOutput(p)).toBe(false));
});

describe('route patterns from Next’s manifests', () => {
  it('match concrete paths segment by segment', () => {
    expect(routePattern('/[locale]/search').test('/zh/search')).toBe(true);
    expect(routePattern('/[locale]/search').test('/zh/search/')).toBe(true);
    expect(routePattern('/[locale]/search').test('/zh/search/x')).toBe(false);
    expect(routePattern('/[locale]/search').test('/zh/searchx')).toBe(false);
    expect(routePattern('/qr/[...page]').test('/qr/zh/a.svg')).toBe(true);
    expect(routePattern('/[locale]/map.svg').test('/zh/mapxsvg')).toBe(false);
  });
});
