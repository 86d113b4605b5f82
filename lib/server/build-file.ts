import path from 'node:path';

/**
 * The build folder, resolved in one place for the build (next.config.ts), the pre- and postbuild steps, the
 * running server and the tests. `NEXT_DIST_DIR` chooses it at build time (tests and the benchmark can build
 * elsewhere than `.next`); next.config.ts compiles the value into the server through `env`, so a server started
 * without the variable still reads the files of the build it belongs to.
 */
export function distDir(): string {
  return process.env.NEXT_DIST_DIR || '.next';
}

/** A file the build wrote (BUILD_ID, page-manifest.json), relative to the working directory (the standalone folder when it runs). */
export function buildFile(...parts: string[]): string {
  return path.join(process.cwd(), distDir(), ...parts);
}
