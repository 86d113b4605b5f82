import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { crawl } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    /** Every page, crawled once here so each test file checks the same list (see site.ts). */
    pages: string[];
  }
}

function freePort(): Promise<number> {
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

let child: ChildProcess | undefined;

/** Starts the production server once for all browser tests (TEST_ORIGIN reuses one already running). */
export async function setup(project: TestProject) {
  if (process.env.TEST_ORIGIN) {
    project.provide('origin', process.env.TEST_ORIGIN);
    project.provide('pages', await crawl(process.env.TEST_ORIGIN));
    return;
  }
  const port = await freePort();
  const root = path.resolve(import.meta.dirname, '../../..');
  child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(`${origin}/zh`, { redirect: 'manual' });
      if (res.status < 500) break;
    } catch {
      /* not listening yet */
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`next start did not come up:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  project.provide('origin', origin);
  const pages = await crawl(origin);
  console.log(`crawled ${pages.length} pages from /zh, /en and the sitemap`);
  project.provide('pages', pages);
}

export async function teardown() {
  child?.kill('SIGTERM');
}
