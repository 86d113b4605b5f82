/**
 * `postbuild` (after `next build`, one process): moves each prerendered page's scripts after its load, writes the
 * page manifest, then completes the standalone folder.
 *
 * - every prerendered page (every `.html` under `server/app`, and the standalone folder's copy of it): its framework and
 *   component scripts start loading after the window's `load` event (lib/server/defer-scripts.ts). This comes first, so the
 *   manifest below hashes the pages as they are served. The trade-off: every page hydrates after `load`, so on a
 *   slow network its interactive parts (cite tools, filters) arrive late; acceptable only because every page works
 *   without JavaScript;
 * - `<distDir>/page-manifest.json` (manifest.ts): inline-script hashes and ETags of the prerendered pages, ETags and
 *   Cache-Control of the route bodies, and the routes rendered on request, read by proxy.ts;
 * - `<distDir>/standalone`: Next.js leaves out public/ and the static chunks (a CDN usually serves them), and
 *   the server needs the manifest. With them copied, `node .next/standalone/server.js` runs on its own.
 *
 * It fails, rather than writing a manifest that would serve pages without their scripts, when the build wrote no
 * page at all or none with the script tags it rewrites (a Next.js upgrade that changed its output), and when the
 * standalone server lacks a file of the patch of Next.js (patch-next.mjs), or has one without the current patch.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildFile, distDir } from '../server/build-file';
import { pageManifestFile } from '../server/page-files';
import { deferScripts, hasLoader } from '../server/defer-scripts';
import { buildManifest, prerenderedFiles } from './manifest';
import { nextPatchProblems } from './patch-next.mjs';

const standalone = buildFile('standalone');
const appDir = buildFile('server', 'app');
// next build has already copied the pages into the standalone folder: each rewritten page is written there too.
const standaloneAppDir = path.join(standalone, distDir(), 'server', 'app');
const pageFiles = [...prerenderedFiles(appDir)].filter((file) => file.endsWith('.html'));
if (!pageFiles.length) throw new Error(`postbuild: next build wrote no prerendered page (.html) under ${appDir}`);
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
if (!withLoader) throw new Error('postbuild: no prerendered page had the script tags lib/server/defer-scripts.ts rewrites');
console.log(
  `postbuild: ${withLoader} of ${pageFiles.length} prerendered pages load their scripts after the page (${rewritten} rewritten now)`,
);

const manifest = buildManifest(buildFile());
writeFileSync(buildFile(pageManifestFile), JSON.stringify(manifest));
const entries = Object.values(manifest.entries);
const pages = entries.filter((e) => e.hashes).length;
console.log(
  `postbuild: ${pageManifestFile} for ${pages} prerendered pages ` +
    `(${new Set(entries.flatMap((e) => e.hashes ?? [])).size} distinct inline-script hashes) ` +
    `and ${entries.length - pages} route bodies, each with its ETag; rendered on request: ${manifest.renderedOnRequest.join(' ')}`,
);

if (!existsSync(standalone)) {
  console.log('postbuild: no standalone output, nothing to copy');
} else {
  const problems = nextPatchProblems(path.join(standalone, 'node_modules/next'));
  if (problems.length)
    throw new Error(`postbuild: the standalone server's Next.js lacks the patch (lib/build/patch-next.mjs):\n  ${problems.join('\n  ')}`);
  const inside = path.join(standalone, distDir());
  cpSync('public', path.join(standalone, 'public'), { recursive: true });
  cpSync(buildFile('static'), path.join(inside, 'static'), { recursive: true });
  cpSync(buildFile(pageManifestFile), path.join(inside, pageManifestFile));
  console.log(`postbuild: copied public/, static/ and ${pageManifestFile} into ${path.relative(process.cwd(), standalone)}`);
}
