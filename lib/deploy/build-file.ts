import path from 'node:path';

/**
 * A file the build wrote (BUILD_ID, csp-manifest.json), read by the running server. The standalone server runs
 * from its own folder; next.config.ts compiles the build folder's name in as SITE_DIST_DIR, so a build made with
 * NEXT_DIST_DIR finds its own files however it is started.
 */
export function buildFile(name: string): string {
  return path.join(process.cwd(), process.env.SITE_DIST_DIR || '.next', name);
}
