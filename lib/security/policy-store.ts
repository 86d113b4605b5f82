import { readFileSync } from 'node:fs';
import { buildFile } from '../deploy/build-file';

/**
 * Inline-script hashes per prerendered page, written at build time by csp-manifest.ts. Read once per process:
 * every instance of one build serves the same policy, so instances stay stateless.
 */
let manifest: Record<string, string[]> | undefined;

function load(): Record<string, string[]> {
  if (manifest) return manifest;
  const file = buildFile('csp-manifest.json');
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
  } catch {
    if (process.env.NODE_ENV === 'production')
      console.error(`csp: ${file} is missing; run the build with \`npm run build\` (postbuild writes it)`);
    manifest = {};
  }
  return manifest;
}

/** Hashes for a prerendered page, or undefined when the path is not one (rendered on request, or a 404). */
export function pageHashes(pathname: string): string[] | undefined {
  const m = load();
  return m[pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname];
}

/** Paths that are not prerendered may be the prerendered 404 page, so its scripts stay allowed there. */
export function notFoundHashes(): string[] {
  return load()['/_not-found'] ?? [];
}
