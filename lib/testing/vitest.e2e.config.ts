import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Browser and HTTP tests against the production build (`next start` on a free port, see e2e/server.ts, which
 * also crawls the site once for the quality gates: a11y, keyboard, html and links).
 */
export default defineConfig({
  root,
  resolve: { alias: { '@': root } },
  test: {
    include: ['lib/testing/e2e/**/*.test.ts'],
    globalSetup: ['lib/testing/e2e/server.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two test files at once (one per core), and within a file at most two pages at once (describe.concurrent):
    // the gates share one `next start`, and more parallel pages only queue on this 2-core machine.
    maxWorkers: 2,
    maxConcurrency: 2,
  },
});
