import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '../..');

/** Unit tests: pure modules beside their code (lib/**\/*.test.ts). Browser tests have their own config. */
export default defineConfig({
  root,
  resolve: {
    alias: { '@': root, 'server-only': path.join(root, 'lib/testing/empty.ts') },
  },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts'],
    exclude: ['lib/testing/e2e/**', 'node_modules/**'],
    testTimeout: 20_000,
  },
});
