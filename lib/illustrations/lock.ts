/**
 * The lock that ties the committed pictures in public/photos to the code that draws them. generate.ts writes,
 * for each scene it renders, the SHA-256 of the scene's SVG text and of the JPEG it wrote; lock.test.ts draws
 * every scene again (SVG text only, no sharp) and reports a scene whose drawing changed since its file was made,
 * e.g. after an edit to a shared primitive that was regenerated for one id only.
 */
import { createHash } from 'node:crypto';

export const lockFile = 'lib/illustrations/illustrations.lock.json';

export interface LockEntry {
  /** SHA-256 (hex) of the scene's SVG text. */
  svg: string;
  /** The file generate.ts wrote, from the repository root. */
  file: string;
  /** SHA-256 (hex) of that file's bytes. */
  sha256: string;
}
export type Lock = Record<string, LockEntry>;

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
export const outputFile = (id: string): string => `public/photos/${id}.jpg`;
export const regenerate = (id: string): string => `npx tsx lib/illustrations/generate.ts ${id}`;

/** The lock's entries in scene order, without those of scenes that no longer exist. */
export function updateLock(lock: Lock, sceneIds: readonly string[], written: Lock): Lock {
  const next: Lock = {};
  for (const id of sceneIds) {
    const entry = written[id] ?? lock[id];
    if (entry) next[id] = entry;
  }
  return next;
}

/**
 * What does not match: a scene without an entry, an entry without a scene, a scene whose SVG text is not the
 * one its file was drawn from, a file that is not the one the generator wrote. Each names the command to run.
 */
export function lockProblems(
  lock: Lock,
  sceneIds: readonly string[],
  render: (id: string) => string,
  readOutput: (file: string) => Uint8Array | undefined,
): string[] {
  const problems: string[] = [];
  for (const id of sceneIds) {
    const entry = lock[id];
    if (!entry) {
      problems.push(`${id}: no entry in ${lockFile}; run ${regenerate(id)}`);
      continue;
    }
    if (sha256(render(id)) !== entry.svg)
      problems.push(`${id}: the scene draws a different SVG than the one ${entry.file} was made from; run ${regenerate(id)}`);
    const bytes = readOutput(entry.file);
    if (!bytes) problems.push(`${id}: ${entry.file} is missing; run ${regenerate(id)}`);
    else if (sha256(bytes) !== entry.sha256)
      problems.push(`${id}: ${entry.file} is not the file the generator wrote (its hash differs); run ${regenerate(id)}`);
  }
  for (const id of Object.keys(lock))
    if (!sceneIds.includes(id)) problems.push(`${id}: in ${lockFile} but no scene draws it; run npx tsx lib/illustrations/generate.ts`);
  return problems;
}
