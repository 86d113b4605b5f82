import { describe, expect, it } from 'vitest';
import { htmlFileOf, routeOf } from './csp-manifest';

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
