import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './serve';

// Whether a repository path a text names (the README, a source comment) is really there: the README test and the
// source-comment test both ask, so a file that moved cannot stay named where it was.

/** Build output a text may name before a build made it: paths git ignores (a folder named without its slash too). */
function ignored(p: string): boolean {
  return [p, `${p}/`].some((name) => {
    try {
      execFileSync('git', ['check-ignore', '-q', name], { cwd: repoRoot });
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * The named paths that neither exist nor are build output, each once. With `modules`, a name without its extension
 * (`lib/i18n/page`, as an import writes it) counts when a module of that name exists.
 */
export function missingPaths(named: Iterable<string>, { modules = false } = {}): string[] {
  const exists = (p: string) =>
    existsSync(path.join(repoRoot, p)) ||
    (modules && ['.ts', '.tsx', '.mjs', '.js'].some((ext) => existsSync(path.join(repoRoot, p + ext))));
  return [...new Set(named)].filter((p) => !exists(p) && !ignored(p));
}
