import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The Dockerfile runs `npm ci` before it copies the repository, and npm ci's postinstall patches Next.js
 * (`node lib/build/patch-next.mjs`). The files that script needs are copied by hand before it: this checks that list
 * against the script's own local imports, so a new import cannot break the image build unnoticed.
 */
const root = path.resolve(import.meta.dirname, '../..');

/** The repository files a module loads through relative imports, itself included (root-relative paths). */
function localImports(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(path.join(root, entry), 'utf8');
  for (const [, spec] of source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'(\.{1,2}\/[^']+)'/gm)) {
    const base = path.join(path.dirname(entry), spec!);
    const file = ['', '.ts', '.tsx', '/index.ts']
      .map((ext) => base + ext)
      .find((f) => /\.m?[jt]sx?$/.test(f) && existsSync(path.join(root, f)));
    if (!file) throw new Error(`${entry}: cannot resolve ${spec}`);
    localImports(file, seen);
  }
  return seen;
}

/** Files named by the Dockerfile's COPY lines before its first `RUN npm ci`, missing from `needed`. */
function missingBeforeInstall(dockerfile: string, needed: Iterable<string>): string[] {
  const before = dockerfile.slice(0, dockerfile.search(/^RUN npm ci\b/m));
  const copied = new Set(
    [...before.matchAll(/^COPY\s+(.+)$/gm)].flatMap(([, args]) => {
      const parts = args!.trim().split(/\s+/);
      return parts.slice(0, -1);
    }),
  );
  return [...needed].filter((file) => !copied.has(file));
}

describe('the Dockerfile copies what the install-time Next.js patch needs before npm ci', () => {
  const dockerfile = readFileSync(path.join(root, 'lib/deploy/Dockerfile'), 'utf8');
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const script = /^node (\S+\.mjs)$/.exec(pkg.scripts.postinstall ?? '')?.[1];

  it('postinstall runs plain node on one file (no tsx: `npm ci --omit=dev` has no dev dependencies)', () => {
    expect(script).toBe('lib/build/patch-next.mjs');
  });

  it('lists every file the patch script imports, and nothing of the site (header values are read at run time)', () => {
    const needed = localImports(script!);
    expect([...needed]).toEqual(['lib/build/patch-next.mjs']);
    expect(missingBeforeInstall(dockerfile, needed)).toEqual([]);
    expect(dockerfile).not.toMatch(/^COPY lib\/security/m);
  });

  it('control: a Dockerfile that copies one file too few is reported, naming the file', () => {
    const short = dockerfile.replace(/^COPY lib\/build\/patch-next\.mjs .*$/m, '');
    expect(missingBeforeInstall(short, localImports(script!))).toEqual(['lib/build/patch-next.mjs']);
  });
});
