import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingPaths } from './repo-paths';
import { repoRoot } from './serve';

/**
 * The README is the manual: short enough to read (at most 350 lines; history lives in lib/testing/bench/HISTORY.md
 * and in git), and every file or folder it names exists, so it cannot quietly point at code that moved.
 */
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const maxLines = 350;

/** Repository paths the text names in backticks (`lib/…`, `components/…`, …) that neither exist nor are build output. */
function missingInText(text: string): string[] {
  return missingPaths(
    [...text.matchAll(/`((?:app|lib|components|content|public)\/[^`\s*{}…<>]+?)`/g)].map(([, p]) => p!.replace(/[:#].*$/, '')),
  );
}

describe('README.md', () => {
  it(`is at most ${maxLines} lines`, () => {
    expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(maxLines);
  });
  it('names only files and folders that exist', () => {
    expect(missingInText(readme)).toEqual([]);
  });
  it('control: a moved file is reported', () => {
    expect(missingInText('see `lib/content/index.ts` and `lib/nowhere/gone.ts`')).toEqual(['lib/nowhere/gone.ts']);
  });
});
