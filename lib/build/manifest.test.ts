import { describe, expect, it } from 'vitest';
import { nextCompresses, routesRenderedOnRequest, varyOf } from './manifest';

describe('Next’s Vary per path, from its routes manifest', () => {
  const routes = {
    rsc: { varyHeader: 'rsc, next-router-state-tree' },
    rewrites: {
      beforeFiles: [
        { regex: '^(?:/([^/]+?))/gallery(?:/([^/]+?))(?:/)?$', has: [{ type: 'header', key: 'next-url' }] },
        { regex: '^/old$', has: [{ type: 'header', key: 'x-other' }] },
      ],
    },
  };
  it('adds next-url only where an intercepting route may answer', () => {
    expect(varyOf(routes)('/en/gallery/forest-pv-belt')).toBe('rsc, next-router-state-tree, next-url');
    expect(varyOf(routes)('/en/restoration')).toBe('rsc, next-router-state-tree');
    expect(varyOf(routes)('/old')).toBe('rsc, next-router-state-tree');
  });
});

describe('routes rendered on request, from Next’s manifests', () => {
  const appPaths = {
    '/[locale]/search/page': 'x',
    '/[locale]/[section]/page': 'x',
    '/[locale]/@modal/(.)gallery/[photo]/page': 'x',
    '/(marketing)/about/page': 'x',
    '/healthz/route': 'x',
    '/_not-found/page': 'x',
    '/[locale]/page': 'x',
  };
  const prerender = {
    routes: { '/_not-found': {}, '/zh': { srcRoute: '/[locale]' }, '/zh/restoration': { srcRoute: '/[locale]/[section]' } },
    dynamicRoutes: {
      '/[locale]': { fallback: false as const },
      '/[locale]/[section]': { fallback: false as const },
      '/[locale]/(.)gallery/[photo]': { fallback: false as const },
    },
  };
  it('are the app routes no prerendered output covers', () => {
    expect(routesRenderedOnRequest(appPaths, prerender)).toEqual(['/[locale]/search', '/about', '/healthz']);
  });
  it('include a dynamic route that renders unknown params on request (negative control)', () => {
    const blocking = { ...prerender, dynamicRoutes: { ...prerender.dynamicRoutes, '/[locale]/[section]': { fallback: null } } };
    expect(routesRenderedOnRequest(appPaths, blocking)).toContain('/[locale]/[section]');
  });
});

describe('where Next’s compression varies on Accept-Encoding (its own filter asked)', () => {
  it('takes text, XML, JSON and SVG bodies, the pages’ HTML among them', () => {
    for (const type of ['text/html; charset=utf-8', 'application/rss+xml; charset=utf-8', 'application/json', 'image/svg+xml', 'text/csv'])
      expect(nextCompresses(type), type).toBe(true);
  });
  it('control: leaves a ZIP, a PNG, BibTeX, RIS and a body without a type alone', () => {
    for (const type of [
      'application/zip',
      'image/png',
      'application/x-bibtex; charset=utf-8',
      'application/x-research-info-systems',
      undefined,
    ])
      expect(nextCompresses(type), String(type)).toBe(false);
  });
});
