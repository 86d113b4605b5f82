import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The README is the manual: short enough to read (at most 350 lines; history lives in lib/testing/bench/HISTORY.md
 * and in git), and every file or folder it names exists, so it cannot quietly point at code that moved.
 */
const root = path.resolve(import.meta.dirname, '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const maxLines = 350;

/** Build output the README may name before a build made it: paths git ignores. */
function ignored(p: string): boolean {
  try {
    execFileSync('git', ['check-ignore', '-q', p], { cwd: root });
    return true;
  } catch {
    return false;
  }
}

/** Repository paths the text names in backticks (`lib/…`, `components/…`, …) that neither exist nor are build output. */
function missingPaths(text: string): string[] {
  const named = [...text.matchAll(/`((?:app|lib|components|content|public)\/[^`\s*{}…<>]+?)`/g)].map(([, p]) => p!.replace(/[:#].*$/, ''));
  return [...new Set(named)].filter((p) => !existsSync(path.join(root, p)) && !ignored(p));
}

describe('README.md', () => {
  it(`is at most ${maxLines} lines`, () => {
    expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(maxLines);
  });
  it('names only files and folders that exist', () => {
    expect(missingPaths(readme)).toEqual([]);
  });
  it('control: a moved file is reported', () => {
    expect(missingPaths('see `lib/content/index.ts` and `lib/nowhere/gone.ts`')).toEqual(['lib/nowhere/gone.ts']);
  });
});
