import { readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../../server/build-file';
import { pageManifestFile } from '../../server/page-files';
import { imageNodeMajor, serverRuntimes } from '../image-node';
import { repoRoot, startServer } from '../serve';

/**
 * The deployable artifact: `.next/standalone` started from its own folder, as a container would, with no access
 * to the repository's node_modules, content/ or public/ through the working directory.
 */
describe('the standalone server', () => {
  // Under the Node running the tests (development and CI) and under the image's (lib/testing/image-node.ts).
  it.each(serverRuntimes().map((r) => [r.name, r] as const))(
    'starts from its folder under %s, serves pages, files and images, reports its build id, and stops on SIGTERM',
    async (_, runtime) => {
      const server = await startServer({ env: { NODE_PATH: '' }, node: runtime.node() });
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
    },
  );

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

  // The behaviour serverOrigin rests on: whatever address the server was told to bind (startServer passes PORT,
  // and HOSTNAME where given), a repeated search is a hit and nothing is rendered directly (`direct` would count a
  // server that could not reach itself), and the fill's defer step recognised Next's script tags. The container's
  // case runs under the container's Node.
  it.each([
    ['on the default address', {}, serverRuntimes()[0]!],
    [
      `when listening on every address, as the container does (HOSTNAME=0.0.0.0, Node ${imageNodeMajor()})`,
      { HOSTNAME: '0.0.0.0' },
      serverRuntimes().at(-1)!,
    ],
  ])('reaches itself for the search cache %s', async (_, env: Record<string, string>, runtime) => {
    const server = await startServer({ env: { NODE_PATH: '', ...env }, node: runtime.node() });
    try {
      for (let i = 0; i < 2; i++) expect((await fetch(`${server.origin}/en/search?q=dam`)).status).toBe(200);
      const health = (await fetch(`${server.origin}/healthz`).then((r) => r.json())) as { searchCache: Record<string, number> };
      expect(health.searchCache).toMatchObject({ pages: 1, hits: 1, misses: 1, direct: 0, deferFailed: 0, deferUnrecognised: 0 });
    } finally {
      await server.stop('SIGKILL');
    }
  });
});

/**
 * The one private detail of Next.js the search page cache reads (lib/search/page-cache.ts `serverOrigin`): once it
 * listens, start-server.js records the origin of the address it bound in `__NEXT_PRIVATE_ORIGIN`. Only that line is
 * pinned; how server.js picks the port and host is checked by behaviour above. Fails, naming it, if Next stops
 * recording the origin there; then serverOrigin must be revisited.
 */
/** What moved, by name: empty while start-server.js records the bound origin as serverOrigin assumes. */
function originProblems(start: string): string[] {
  const at = start.indexOf("server.on('listening'");
  const listening = at < 0 ? '' : start.slice(at);
  const records = /const addr = server\.address\(\);[\s\S]*process\.env\.__NEXT_PRIVATE_ORIGIN = appUrl;/.test(listening);
  return records ? [] : ['start-server.js: __NEXT_PRIVATE_ORIGIN set from the bound address when listening'];
}

describe('where the standalone server records its origin, as the search cache reads it', () => {
  const standalone = path.join(repoRoot, distDir(), 'standalone');
  const start = readFileSync(path.join(standalone, 'node_modules/next/dist/server/lib/start-server.js'), 'utf8');

  it('start-server.js sets __NEXT_PRIVATE_ORIGIN from the address it bound', () => {
    expect(originProblems(start)).toEqual([]);
  });

  it('control: a start-server.js that records no origin is named', () => {
    expect(originProblems(start.replace('process.env.__NEXT_PRIVATE_ORIGIN = appUrl', 'void appUrl'))).toEqual([
      'start-server.js: __NEXT_PRIVATE_ORIGIN set from the bound address when listening',
    ]);
  });
});
