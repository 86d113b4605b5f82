import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * The longest files start first, so the two workers finish together instead of one waiting on a long file that
 * started last (a fresh clone has no timing cache to go by).
 */
const longestFirst = ['a11y.test.ts', 'desk.test.ts', 'design.test.ts', 'overflow.test.ts', 'keyboard.test.ts'];
class LongestFirst extends BaseSequencer {
  async sort(files: TestSpecification[]) {
    const rank = (f: TestSpecification) => {
      const i = longestFirst.indexOf(path.basename(f.moduleId));
      return i === -1 ? longestFirst.length : i;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

/**
 * Browser and HTTP tests against the production build (the standalone server on a free port, see e2e/server.ts,
 * which also crawls the site once and saves every page for the crawl gates).
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
    // the gates share one server, and more parallel pages only queue on this 2-core machine.
    maxWorkers: 2,
    maxConcurrency: 2,
    sequence: { sequencer: LongestFirst },
  },
});
