/**
 * After `next build`: hash (sha256, base64) the body of every inline <script> in each prerendered page and
 * write { "/zh/restoration": ["sha256-…", …], … } to <distDir>/csp-manifest.json. proxy.ts reads it and sends
 * each page a policy that allows exactly its own inline scripts, so pages stay static (no per-request nonce).
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

/** `zh/restoration.html` → `/zh/restoration`; `_not-found.html` → `/_not-found`. */
export function routeOf(relativeHtml: string): string {
  const withoutExt = relativeHtml.replace(/\\/g, '/').replace(/\.html$/, '');
  return `/${withoutExt === 'index' ? '' : withoutExt}`;
}

function* htmlFiles(dir: string, base = dir): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full, base);
    else if (entry.name.endsWith('.html')) yield path.relative(base, full);
  }
}

export function buildManifest(distDir: string): Record<string, string[]> {
  const appDir = path.join(distDir, 'server', 'app');
  const manifest: Record<string, string[]> = {};
  for (const file of htmlFiles(appDir)) manifest[routeOf(file)] = inlineScriptHashes(readFileSync(path.join(appDir, file), 'utf8'));
  return manifest;
}
