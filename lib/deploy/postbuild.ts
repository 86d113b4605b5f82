/**
 * `postbuild` (after `next build`, one process): moves each prerendered page's scripts after its load, writes the
 * CSP manifest, then completes the standalone folder.
 *
 * - every prerendered page (every `.html` under `server/app`, and the standalone folder's copy): its framework and
 *   component scripts start loading after the window's `load` event (lib/deploy/defer-scripts.ts). This comes
 *   first, so the manifest below hashes the pages as they are served;
 * - `<distDir>/csp-manifest.json`: the inline-script hashes of every prerendered page and the ETag of every
 *   prerendered page and route body (lib/security/csp-manifest.ts), read by proxy.ts to send each page its own
 *   policy and its ETag.
 * - `<distDir>/standalone`: Next.js leaves out public/ and the static chunks (a CDN usually serves them), and
 *   the server needs the manifest. With them copied, `node .next/standalone/server.js` runs on its own.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildManifest } from '../security/csp-manifest';
import { buildFile, distDir } from './build-file';
import { deferScripts } from './defer-scripts';

function* htmlFiles(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith('.html')) yield full;
  }
}

const standalone = buildFile('standalone');
let deferred = 0;
let pagesSeen = 0;
for (const appDir of [buildFile('server', 'app'), path.join(standalone, distDir(), 'server', 'app')]) {
  for (const file of htmlFiles(appDir)) {
    pagesSeen++;
    const { html, scripts } = deferScripts(readFileSync(file, 'utf8'));
    if (!scripts.length) continue;
    writeFileSync(file, html);
    deferred++;
  }
}
// Every prerendered page loads scripts; none rewritten means Next.js changed how it writes them.
if (pagesSeen && !deferred) throw new Error('postbuild: no prerendered page had the script tags defer-scripts.ts rewrites');
console.log(`postbuild: ${deferred} prerendered page files load their scripts after the page (of ${pagesSeen})`);

const manifest = buildManifest(buildFile());
writeFileSync(buildFile('csp-manifest.json'), JSON.stringify(manifest));
const pages = Object.values(manifest).filter((e) => e.hashes).length;
console.log(
  `postbuild: csp-manifest.json for ${pages} prerendered pages ` +
    `(${new Set(Object.values(manifest).flatMap((e) => e.hashes ?? [])).size} distinct inline-script hashes) ` +
    `and ${Object.keys(manifest).length - pages} route bodies, each with its ETag`,
);

if (!existsSync(standalone)) {
  console.log('postbuild: no standalone output, nothing to copy');
} else {
  const inside = path.join(standalone, distDir());
  cpSync('public', path.join(standalone, 'public'), { recursive: true });
  cpSync(buildFile('static'), path.join(inside, 'static'), { recursive: true });
  cpSync(buildFile('csp-manifest.json'), path.join(inside, 'csp-manifest.json'));
  console.log(`postbuild: copied public/, static/ and csp-manifest.json into ${path.relative(process.cwd(), standalone)}`);
}
