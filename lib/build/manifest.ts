/**
 * After `next build` (postbuild.ts): the page manifest the proxy reads (lib/server/page-store.ts), written to
 * `<distDir>/page-manifest.json`:
 * - per prerendered page: the hashes of its inline scripts (its own Content-Security-Policy, so pages stay static,
 *   no per-request nonce) and its ETag;
 * - per prerendered route body (feeds, JSON, SVG): its ETag and the Cache-Control Next.js sends with it, so a 304
 *   repeats the 200's headers (RFC 9110 §15.4.5);
 * - per path, the Vary Next.js sends (its routes manifest: the RSC headers, and `next-url` where an intercepting
 *   route may answer the path; `Accept-Encoding` where its compression takes the body's type), so a 304 repeats it;
 * - the routes rendered on request, derived from Next's own app-paths and prerender manifests, so a new dynamic
 *   page is never answered 404 by the proxy for want of a hand-kept list.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ManifestEntry, PageManifest } from '../server/page-files';
import { routeOf } from '../server/page-files';
import { etagOf } from '../server/validators';
import { inlineScriptHashes } from '../security/script-hashes';

/** Every prerendered page (`.html`) and route body (`.body`) under `dir`, relative to it. */
export function* prerenderedFiles(dir: string, base = dir): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* prerenderedFiles(full, base);
    else if (entry.name.endsWith('.html') || entry.name.endsWith('.body')) yield path.relative(base, full);
  }
}

/** A route body's headers from the `.meta` file Next writes beside it (lower-case names); none without one. */
function metaHeaders(bodyFile: string): Record<string, string> {
  const meta = bodyFile.replace(/\.body$/, '.meta');
  if (!existsSync(meta)) return {};
  return (JSON.parse(readFileSync(meta, 'utf8')) as { headers?: Record<string, string> }).headers ?? {};
}

type CompressionFilter = (req: object, res: { getHeader(name: string): string | undefined }) => boolean;

/**
 * Whether Next.js's compression adds `Accept-Encoding` to the Vary of a 200 of this type. Its server runs the
 * `compression` package with the default filter (router-server.js, unless next.config sets `compress: false`), and
 * that package varies only what its filter takes: types mime-db calls compressible (HTML, XML, JSON, SVG, CSV, the
 * icon; not PNG, ZIP, BibTeX or RIS). The filter itself is asked, so no list here can drift from Next's.
 */
export function nextCompresses(contentType: string | undefined): boolean {
  const { filter } = createRequire(import.meta.url)('next/dist/compiled/compression') as { filter: CompressionFilter };
  return filter({}, { getHeader: (name) => (name.toLowerCase() === 'content-type' ? contentType : undefined) });
}

/**
 * Next's app routes (`/[locale]/search/page` → `/[locale]/search`) that no build output covers: neither written at
 * build time nor a dynamic route whose every path was (`dynamicParams = false`, fallback: false).
 */
export function routesRenderedOnRequest(appPaths: Record<string, string>, prerender: PrerenderManifest): string[] {
  const prerendered = new Set<string>();
  // A static route is covered by its one output; a dynamic one (srcRoute) only when it renders no other params.
  for (const [route, { srcRoute }] of Object.entries(prerender.routes)) if (!srcRoute || srcRoute === route) prerendered.add(route);
  for (const [route, { fallback }] of Object.entries(prerender.dynamicRoutes)) if (fallback === false) prerendered.add(route);
  const routes = Object.keys(appPaths).map((p) =>
    p
      .replace(/\/(page|route)$/, '')
      .split('/')
      // Route groups and parallel-route slots are not part of the address (Next's normalizeAppPath).
      .filter((segment) => !segment.startsWith('@') && !/^\([^.)][^)]*\)$/.test(segment))
      .join('/'),
  );
  return [...new Set(routes.map((r) => r || '/'))].filter((r) => !prerendered.has(r)).sort();
}

export type PrerenderManifest = {
  routes: Record<string, { srcRoute?: string | null }>;
  dynamicRoutes: Record<string, { fallback?: string | false | null }>;
};

export type RoutesManifest = {
  rsc: { varyHeader: string };
  rewrites: { beforeFiles?: { regex: string; has?: { type: string; key: string }[] }[] } | unknown[];
};

/** Next's Vary for a path (its app-page module's getVaryHeader): `next-url` is added where an interception rewrite matches. */
export function varyOf(routes: RoutesManifest): (path: string) => string {
  const beforeFiles = Array.isArray(routes.rewrites) ? [] : (routes.rewrites.beforeFiles ?? []);
  const intercepted = beforeFiles
    .filter((r) => r.has?.some((h) => h.type === 'header' && h.key === 'next-url'))
    .map((r) => new RegExp(r.regex));
  return (p) => (intercepted.some((re) => re.test(p)) ? `${routes.rsc.varyHeader}, next-url` : routes.rsc.varyHeader);
}

export function buildManifest(distDir: string): PageManifest {
  const appDir = path.join(distDir, 'server', 'app');
  const read = <T>(name: string) => JSON.parse(readFileSync(path.join(distDir, name), 'utf8')) as T;
  const nextVary = varyOf(read<RoutesManifest>('routes-manifest.json'));
  const compress = read<{ config: { compress?: boolean } }>('required-server-files.json').config.compress !== false;
  const vary = (route: string, type: string | undefined) =>
    compress && nextCompresses(type) ? `${nextVary(route)}, Accept-Encoding` : nextVary(route);
  const entries: Record<string, ManifestEntry> = {};
  for (const file of prerenderedFiles(appDir)) {
    const full = path.join(appDir, file);
    const bytes = readFileSync(full);
    const route = routeOf(file);
    if (file.endsWith('.html'))
      entries[route] = { hashes: inlineScriptHashes(bytes.toString('utf8')), etag: etagOf(bytes), vary: vary(route, 'text/html') };
    else {
      const headers = metaHeaders(full);
      const cacheControl = headers['cache-control'];
      entries[route] = { etag: etagOf(bytes), vary: vary(route, headers['content-type']), ...(cacheControl ? { cacheControl } : {}) };
    }
  }
  const renderedOnRequest = routesRenderedOnRequest(
    read<Record<string, string>>('server/app-paths-manifest.json'),
    read<PrerenderManifest>('prerender-manifest.json'),
  );
  return { entries, renderedOnRequest };
}
