import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '../..');

/** Browser and HTTP tests against the production build (`next start` on a free port, see e2e/server.ts). */
export default defineConfig({
  root,
  resolve: { alias: { '@': root } },
  test: {
    include: ['lib/testing/e2e/**/*.test.ts'],
    globalSetup: ['lib/testing/e2e/server.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
  },
});
