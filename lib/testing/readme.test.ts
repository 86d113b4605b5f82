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

/** HISTORY.md's entries whose date (the first YYYY-MM-DD in the heading) is later than the entry above it. */
function outOfOrder(history: string): string[] {
  const dated = [...history.matchAll(/^## (.*\b(\d{4}-\d{2}-\d{2})\b.*)$/gm)].map(([, heading, date]) => ({
    heading: heading!,
    date: date!,
  }));
  return dated.filter((e, i) => i > 0 && e.date > dated[i - 1]!.date).map((e) => e.heading);
}

describe('lib/testing/bench/HISTORY.md', () => {
  it('is newest first, as it says (by date; the same day is ordered by hand)', () => {
    expect(outOfOrder(readFileSync(path.join(repoRoot, 'lib/testing/bench/HISTORY.md'), 'utf8'))).toEqual([]);
  });
  it('control: an older entry above a newer one is reported', () => {
    expect(outOfOrder('## New (2026-12-07)\n\n## Old (2026-11-30)\n\n## Newer (2026-12-01, later)\n')).toEqual([
      'Newer (2026-12-01, later)',
    ]);
  });
});
