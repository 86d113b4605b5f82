import { readFileSync } from 'node:fs';
import { buildFile } from '../deploy/build-file';
import { htmlFileOf, type ManifestEntry } from './csp-manifest';

/**
 * Inline-script hashes and ETags per prerendered path, written at build time by csp-manifest.ts. Read once per
 * process: every instance of one build serves the same policy and validators, so instances stay stateless.
 */
let manifest: Record<string, ManifestEntry> | undefined;

function load(): Record<string, ManifestEntry> {
  if (manifest) return manifest;
  const file = buildFile('csp-manifest.json');
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManifestEntry>;
  } catch {
    if (process.env.NODE_ENV === 'production')
      console.error(`csp: ${file} is missing; run the build with \`npm run build\` (postbuild writes it)`);
    manifest = {};
  }
  return manifest;
}

/** The manifest's key for a path: no trailing slash but on `/`. Keys all start with "/", so no path can reach an Object.prototype member. */
const keyOf = (pathname: string) => (pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname);

/** The build's entry for a prerendered path (page or route body), or undefined (rendered on request, or a 404). */
export function prerendered(pathname: string): ManifestEntry | undefined {
  return load()[keyOf(pathname)];
}

/** Paths that are not prerendered may be the prerendered 404 page, so its scripts stay allowed there. */
export function notFoundHashes(): string[] {
  return load()['/_not-found']?.hashes ?? [];
}

const pages = new Map<string, Uint8Array | null>();

/**
 * The HTML of a prerendered page as the build wrote it (`server/app/{path}.html`, the bytes its ETag was computed
 * from), read once per process and kept in memory (the whole site is a few megabytes). Only for paths the manifest
 * lists as pages, so no request can name another file. Null when the build has no such file (dev). The proxy sends
 * these for prerendered pages and for each locale's 404 page.
 */
export function prerenderedPage(pathname: string): Uint8Array | null {
  const key = keyOf(pathname);
  if (!load()[key]?.hashes) return null;
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
