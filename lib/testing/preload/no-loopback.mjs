/**
 * Test-only, loaded with `node --import` (lib/testing/serve.ts `preload`): this server cannot reach itself. Every
 * fetch that carries the search cache's fill header (lib/search/page-cache.ts `fillHeader`) fails as a refused
 * connection would, so each search must be rendered directly.
 */
const fetch = globalThis.fetch;
globalThis.fetch = (input, init) =>
  new Headers(init?.headers).has('x-search-fill')
    ? Promise.reject(new TypeError('fetch failed (test preload: no route to this server)'))
    : fetch(input, init);
