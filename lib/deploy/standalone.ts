/**
 * Completes `.next/standalone` after a build: Next.js leaves out public/ and .next/static (a CDN usually serves
 * them), and the server needs the CSP manifest. With them copied, the folder runs on its own:
 * `node .next/standalone/server.js`.
 */
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';

const distDir = path.resolve(process.env.NEXT_DIST_DIR || '.next');
const standalone = path.join(distDir, 'standalone');
if (!existsSync(standalone)) {
  console.log('standalone: no standalone output, nothing to do');
} else {
  const distName = path.basename(distDir);
  cpSync('public', path.join(standalone, 'public'), { recursive: true });
  cpSync(path.join(distDir, 'static'), path.join(standalone, distName, 'static'), { recursive: true });
  cpSync(path.join(distDir, 'csp-manifest.json'), path.join(standalone, distName, 'csp-manifest.json'));
  console.log(`standalone: copied public/, static/ and csp-manifest.json into ${path.relative(process.cwd(), standalone)}`);
}
