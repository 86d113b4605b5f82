import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { distDir as buildDir } from '../server/build-file';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningServer {
  origin: string;
  child: ChildProcess;
  log: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/**
 * Starts the standalone production server (what `npm start` and the container run) on a free loopback port and
 * waits until it answers. Used by the browser tests, the smoke test and the benchmarks.
 */
export async function startServer(
  opts: {
    distDir?: string;
    env?: Record<string, string>;
    /** test-only modules the server loads first (`node --import`), from lib/testing/preload */ preload?: string[];
    /** when the server counts as up (default: /healthz answers 2xx) */ up?: (status: number) => boolean;
    /** the Node binary that runs it (default: the one running this; the image's: image-node.ts) */ node?: string;
  } = {},
): Promise<RunningServer> {
  const up = opts.up ?? ((status: number) => status >= 200 && status < 300);
  const distDir = opts.distDir ?? buildDir();
  const port = await freePort();
  const preload = (opts.preload ?? []).flatMap((name) => [
    '--import',
    pathToFileURL(path.join(repoRoot, 'lib/testing/preload', name)).href,
  ]);
  const child = spawn(opts.node ?? process.execPath, [...preload, path.join(repoRoot, distDir, 'standalone/server.js')], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOSTNAME: '127.0.0.1', ...opts.env },
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(`${origin}/healthz`);
      if (up(res.status)) break;
    } catch {
      /* not listening yet */
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the standalone server did not come up (did \`npm run build\` run?):\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = (signal: NodeJS.Signals = 'SIGTERM') =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      child.once('exit', (code) => resolve(code));
      child.kill(signal);
    });
  return { origin, child, log: () => log, stop };
}
