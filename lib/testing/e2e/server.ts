import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer, type RunningServer } from '../serve';
import { crawlSite, onePerType } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    /** The pages the gates check: every crawled page (or one per type and locale with E2E_SAMPLE=1). */
    pages: string[];
    /** Every page the sitemap lists: the crawl gates must have checked each of them. */
    sitemap: string[];
    /** True when the gates check a sample (npm run test:quick), so the sitemap-coverage assertion is skipped. */
    sample: boolean;
    /** JSON file with the crawled pages (path, status, headers, HTML), read by crawled.ts. */
    pagesFile: string;
  }
}

let server: RunningServer | undefined;
let dir: string | undefined;

/**
 * Starts the production server once for all browser tests (TEST_ORIGIN reuses one already running), crawls the
 * site once and saves every page, so each gate reads the same copies instead of fetching the site again.
 */
export async function setup(project: TestProject) {
  let origin = process.env.TEST_ORIGIN;
  if (!origin) {
    server = await startServer();
    origin = server.origin;
  }
  const started = Date.now();
  const { pages, sitemap } = await crawlSite(origin);
  const sample = process.env.E2E_SAMPLE === '1';
  const keep = new Set(sample ? onePerType(pages.map((p) => p.path)) : pages.map((p) => p.path));
  const checked = pages.filter((p) => keep.has(p.path));
  dir = await mkdtemp(path.join(tmpdir(), 'crawl-'));
  const pagesFile = path.join(dir, 'pages.json');
  await writeFile(pagesFile, JSON.stringify(checked));
  console.log(
    `crawled ${pages.length} pages (${sitemap.length} in the sitemap) in ${((Date.now() - started) / 1000).toFixed(1)} s` +
      (sample ? `; checking a sample of ${checked.length} (one per page type and locale)` : ''),
  );
  project.provide('origin', origin);
  project.provide(
    'pages',
    checked.map((p) => p.path),
  );
  project.provide('sitemap', sitemap);
  project.provide('sample', sample);
  project.provide('pagesFile', pagesFile);
}

export async function teardown() {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
}
