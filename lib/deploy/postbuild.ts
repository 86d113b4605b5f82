/**
 * `postbuild` (after `next build`, one process): writes the CSP manifest, then completes the standalone folder.
 *
 * - `<distDir>/csp-manifest.json`: the inline-script hashes of every prerendered page and the ETag of every
 *   prerendered page and route body (lib/security/csp-manifest.ts), read by proxy.ts to send each page its own
 *   policy and its ETag.
 * - `<distDir>/standalone`: Next.js leaves out public/ and the static chunks (a CDN usually serves them), and
 *   the server needs the manifest. With them copied, `node .next/standalone/server.js` runs on its own.
 */
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildManifest } from '../security/csp-manifest';
import { buildFile, distDir } from './build-file';

const manifest = buildManifest(buildFile());
writeFileSync(buildFile('csp-manifest.json'), JSON.stringify(manifest));
const pages = Object.values(manifest).filter((e) => e.hashes).length;
console.log(
  `postbuild: csp-manifest.json for ${pages} prerendered pages ` +
    `(${new Set(Object.values(manifest).flatMap((e) => e.hashes ?? [])).size} distinct inline-script hashes) ` +
    `and ${Object.keys(manifest).length - pages} route bodies, each with its ETag`,
);

const standalone = buildFile('standalone');
if (!existsSync(standalone)) {
  console.log('postbuild: no standalone output, nothing to copy');
} else {
  const inside = path.join(standalone, distDir());
  cpSync('public', path.join(standalone, 'public'), { recursive: true });
  cpSync(buildFile('static'), path.join(inside, 'static'), { recursive: true });
  cpSync(buildFile('csp-manifest.json'), path.join(inside, 'csp-manifest.json'));
  console.log(`postbuild: copied public/, static/ and csp-manifest.json into ${path.relative(process.cwd(), standalone)}`);
}
