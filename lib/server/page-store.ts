import { readFileSync } from 'node:fs';
import { buildFile } from './build-file';
import { htmlFileOf, pageManifestFile, routePattern, type ManifestEntry, type PageManifest } from './page-files';

/**
 * The page manifest written at build time (lib/build/manifest.ts): inline-script hashes, ETags and Cache-Control per
 * prerendered path, and the routes rendered on request. Read once per process: every instance of one build serves
 * the same policy and validators, so instances stay stateless.
 */
let manifest: PageManifest | undefined;
let patterns: RegExp[] = [];

function load(): PageManifest {
  if (manifest) return manifest;
  const file = buildFile(pageManifestFile);
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as PageManifest;
  } catch {
    if (process.env.NODE_ENV === 'production')
      console.error(`page manifest: ${file} is missing; run the build with \`npm run build\` (postbuild writes it)`);
    manifest = { entries: {}, renderedOnRequest: [] };
  }
  patterns = manifest.renderedOnRequest.map(routePattern);
  return manifest;
}

/** Whether the build's page manifest could be read (the health check reports a server without it as not ready). */
export function manifestLoaded(): boolean {
  return Object.keys(load().entries).length > 0;
}

/** The manifest's key for a path: no trailing slash but on `/`. Keys all start with "/", so no path can reach an Object.prototype member. */
const keyOf = (pathname: string) => (pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname);

/** The build's entry for a prerendered path (page or route body), or undefined (rendered on request, or a 404). */
export function prerendered(pathname: string): ManifestEntry | undefined {
  const entries = load().entries;
  return Object.hasOwn(entries, keyOf(pathname)) ? entries[keyOf(pathname)] : undefined;
}

/** Whether a page of the app renders this path on request (Next's manifests, at build time). */
export function renderedOnRequest(pathname: string): boolean {
  load();
  return patterns.some((p) => p.test(pathname));
}

/** Paths that are not prerendered may be the prerendered 404 page, so its scripts stay allowed there. */
export function notFoundHashes(): string[] {
  return prerendered('/_not-found')?.hashes ?? [];
}

const pages = new Map<string, Uint8Array | null>();

/**
 * The HTML of a prerendered page as the build wrote it (`server/app/{path}.html`, the bytes its ETag was computed
 * from), read once per process and kept in memory. Only for paths the manifest lists as pages, so no request can
 * name another file. Null when the build has no such file (dev). The proxy sends the 404 pages (each locale's and
 * the root one) from here, with status 404.
 */
export function prerenderedPage(pathname: string): Uint8Array | null {
  const key = keyOf(pathname);
  if (!prerendered(key)?.hashes) return null;
  let body = pages.get(key);
  if (body === undefined) {
    try {
      body = readFileSync(buildFile('server', 'app', htmlFileOf(key)));
    } catch {
      body = null;
    }
    pages.set(key, body);
  }
  return body;
}
