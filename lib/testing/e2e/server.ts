import type { TestProject } from 'vitest/node';
import { startServer, type RunningServer } from '../serve';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}

let server: RunningServer | undefined;

/** Starts the production server once for all browser tests (TEST_ORIGIN reuses one already running). */
export async function setup(project: TestProject) {
  if (process.env.TEST_ORIGIN) {
    project.provide('origin', process.env.TEST_ORIGIN);
    return;
  }
  server = await startServer();
  project.provide('origin', server.origin);
}

export async function teardown() {
  await server?.stop();
}
