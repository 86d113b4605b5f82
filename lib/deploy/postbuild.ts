/**
 * `postbuild` (after `next build`, one process): moves each prerendered page's scripts after its load, writes the
 * CSP manifest, then completes the standalone folder.
 *
 * - every prerendered page (every `.html` under `server/app`, and the standalone folder's copy of it): its framework and
 *   component scripts start loading after the window's `load` event (lib/deploy/defer-scripts.ts). This comes
 *   first, so the manifest below hashes the pages as they are served;
 * - `<distDir>/csp-manifest.json`: the inline-script hashes of every prerendered page and the ETag of every
 *   prerendered page and route body (lib/security/csp-manifest.ts), read by proxy.ts to send each page its own
 *   policy and its ETag.
 * - `<distDir>/standalone`: Next.js leaves out public/ and the static chunks (a CDN usually serves them), and
 *   the server needs the manifest. With them copied, `node .next/standalone/server.js` runs on its own.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildManifest, prerenderedFiles } from '../security/csp-manifest';
import { buildFile, distDir } from './build-file';
import { deferScripts, hasLoader } from './defer-scripts';

const standalone = buildFile('standalone');
const appDir = buildFile('server', 'app');
// next build has already copied the pages into the standalone folder: each rewritten page is written there too.
const standaloneAppDir = path.join(standalone, distDir(), 'server', 'app');
const pageFiles = [...prerenderedFiles(appDir)].filter((file) => file.endsWith('.html'));
let rewritten = 0;
let withLoader = 0;
for (const file of pageFiles) {
  const { html, scripts } = deferScripts(readFileSync(path.join(appDir, file), 'utf8'));
  if (scripts.length) {
    writeFileSync(path.join(appDir, file), html);
    if (existsSync(path.join(standaloneAppDir, file))) writeFileSync(path.join(standaloneAppDir, file), html);
    rewritten++;
  }
  if (hasLoader(html)) withLoader++;
}
// Every prerendered page loads scripts; none with the loader means Next.js changed how it writes them.
if (pageFiles.length && !withLoader) throw new Error('postbuild: no prerendered page had the script tags defer-scripts.ts rewrites');
console.log(
  `postbuild: ${withLoader} of ${pageFiles.length} prerendered pages load their scripts after the page (${rewritten} rewritten now)`,
);

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
