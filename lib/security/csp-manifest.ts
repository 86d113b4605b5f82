/**
 * After `next build`: hash (sha256, base64) the body of every inline <script> in each prerendered page, and the
 * whole file of every prerendered page and route body for its ETag, and write
 * { "/zh/restoration": { "hashes": ["sha256-…", …], "etag": "W/\"…\"" }, "/zh/feed.xml": { "etag": … }, … }
 * to <distDir>/csp-manifest.json. proxy.ts reads it: each page gets a policy that allows exactly its own inline
 * scripts, so pages stay static (no per-request nonce), and every prerendered response gets its ETag (and a 304
 * on a matching If-None-Match) without hashing the body on each request (`generateEtags: false`).
 * Run by `npm run build` (lib/deploy/postbuild.ts); a build without it serves pages whose inline scripts are blocked.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/i.test(attributes)) continue;
    // Data blocks (JSON-LD) are not executed, so CSP does not govern them.
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== 'text/javascript' && type !== 'module' && type !== 'application/javascript') continue;
    hashes.add(
      `sha256-${createHash('sha256')
        .update(match[2] ?? '', 'utf8')
        .digest('base64')}`,
    );
  }
  return [...hashes].sort();
}

/** `zh/restoration.html` → `/zh/restoration`; `_not-found.html` → `/_not-found`; `zh/feed.xml.body` → `/zh/feed.xml`. */
export function routeOf(relativeFile: string): string {
  const withoutExt = relativeFile.replace(/\\/g, '/').replace(/\.(html|body)$/, '');
  return `/${withoutExt === 'index' ? '' : withoutExt}`;
}

/** The inverse of routeOf for a page: `/zh/restoration` → `zh/restoration.html`, `/` → `index.html`. */
export function htmlFileOf(route: string): string {
  return `${route === '/' ? 'index' : route.slice(1)}.html`;
}

/**
 * A weak validator from the bytes the server sends (sha256, base64url, 128 bits). Weak because the same
 * representation may go out gzipped or not (Next's `compress`, a CDN); If-None-Match compares weakly anyway.
 */
export function etagOf(body: Uint8Array): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

/** Every prerendered page (`.html`) and route body (`.body`) under `dir`, relative to it. */
export function* prerenderedFiles(dir: string, base = dir): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* prerenderedFiles(full, base);
    else if (entry.name.endsWith('.html') || entry.name.endsWith('.body')) yield path.relative(base, full);
  }
}

/** What the proxy needs per prerendered path: inline-script hashes (HTML pages only) and the ETag. */
export type ManifestEntry = { hashes?: string[]; etag: string };

export function buildManifest(distDir: string): Record<string, ManifestEntry> {
  const appDir = path.join(distDir, 'server', 'app');
  const manifest: Record<string, ManifestEntry> = {};
  for (const file of prerenderedFiles(appDir)) {
    const bytes = readFileSync(path.join(appDir, file));
    manifest[routeOf(file)] = file.endsWith('.html')
      ? { hashes: inlineScriptHashes(bytes.toString('utf8')), etag: etagOf(bytes) }
      : { etag: etagOf(bytes) };
  }
  return manifest;
}
