import { describe, expect, it } from 'vitest';
import { routesRenderedOnRequest } from './manifest';

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
