import { readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../../server/build-file';
import { pageManifestFile } from '../../server/page-files';
import { repoRoot, startServer } from '../serve';

/**
 * The deployable artifact: `.next/standalone` started from its own folder, as a container would, with no access
 * to the repository's node_modules, content/ or public/ through the working directory.
 */
describe('the standalone server', () => {
  it('starts from its folder, serves pages, files and images, reports its build id, and stops on SIGTERM', async () => {
    const server = await startServer({ env: { NODE_PATH: '' } });
    try {
      const health = await fetch(`${server.origin}/healthz`).then((r) => r.json());
      expect(health).toMatchObject({ status: 'ok' });
      expect(health.buildId).toBe(readFileSync(path.join(repoRoot, distDir(), 'BUILD_ID'), 'utf8').trim());
      const page = await fetch(`${server.origin}/zh/restoration`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('data-passage');
      // The policy lists this page's inline-script hashes. Whether they are the right ones is judged by Chromium:
      // the browser crawl (a11y.test.ts) opens every page of this same standalone server and fails on any
      // securitypolicyviolation, so a stale manifest or a script the hashing missed is caught there.
      expect(page.headers.get('content-security-policy') ?? '').toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+/);
      expect((await fetch(`${server.origin}/photos/vineyards.jpg`)).headers.get('content-type')).toBe('image/jpeg');
      const image = await fetch(`${server.origin}/_next/image?url=%2Fphotos%2Fvineyards.jpg&w=480&q=75`, {
        headers: { Accept: 'image/webp' },
      });
      expect(image.headers.get('content-type')).toBe('image/webp');
      // A response in flight when SIGTERM arrives still completes; then the process exits.
      const inFlight = await fetch(`${server.origin}/en/industries`);
      const exit = server.stop('SIGTERM');
      expect(inFlight.status).toBe(200);
      expect(await inFlight.text()).toContain('</html>');
      expect([0, 143]).toContain(await exit);
    } finally {
      await server.stop('SIGKILL');
    }
  });

  it('is not ready (503 on /healthz) without the build’s page manifest', async () => {
    const manifest = path.join(repoRoot, distDir(), 'standalone', distDir(), pageManifestFile);
    renameSync(manifest, `${manifest}.away`);
    try {
      const server = await startServer({ env: { NODE_PATH: '' }, up: (status) => status === 503 });
      try {
        const res = await fetch(`${server.origin}/healthz`);
        expect(res.status).toBe(503);
        expect(await res.json()).toMatchObject({ status: 'missing page manifest' });
      } finally {
        await server.stop('SIGKILL');
      }
    } finally {
      renameSync(`${manifest}.away`, manifest);
    }
  });
});
