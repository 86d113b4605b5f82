import type { TestProject } from 'vitest/node';
import { startServer, type RunningServer } from '../serve';
import { crawl } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    /** Every page, crawled once here so each test file checks the same list (see site.ts). */
    pages: string[];
  }
}

let server: RunningServer | undefined;

/** Starts the production server once for all browser tests (TEST_ORIGIN reuses one already running). */
export async function setup(project: TestProject) {
  if (process.env.TEST_ORIGIN) {
    project.provide('origin', process.env.TEST_ORIGIN);
    project.provide('pages', await crawl(process.env.TEST_ORIGIN));
    return;
  }
  server = await startServer();
  project.provide('origin', server.origin);
  const pages = await crawl(server.origin);
  console.log(`crawled ${pages.length} pages from /zh, /en and the sitemap`);
  project.provide('pages', pages);
}

export async function teardown() {
  await server?.stop();
}
