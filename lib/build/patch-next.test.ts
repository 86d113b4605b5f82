import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyNextPatch, marker, nextPatchProblems, nextPatches, nextRoot, patchSource, strip, type Insertion } from './patch-next';

/** Each patched file's surroundings of its anchors, as Next.js 16.4.6 compiles them (fixtures/*.txt). */
const fixture = (file: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', `${path.basename(file)}.txt`), 'utf8');
const files = Object.keys(nextPatches);
const count = (text: string, part: string) => text.split(part).length - 1;

describe.each(files)('the patch of %s', (file) => {
  const insertions = nextPatches[file]!;
  const source = fixture(file);

  it('inserts each piece once, next to its anchor', () => {
    const once = patchSource(source, insertions, file);
    expect(count(once, marker)).toBe(insertions.length);
    for (const { anchor, code, where } of insertions) {
      expect(count(once, code)).toBe(1);
      if (where === 'before') expect(once).toContain(`${code}\n/* site-patch:end */${anchor}`);
      if (where === 'after') expect(once).toContain(`${anchor}${marker}\n${code}`);
    }
    expect(strip(once)).toBe(source);
  });

  it('is idempotent: patching a patched file changes nothing', () => {
    const once = patchSource(source, insertions, file);
    expect(patchSource(once, insertions, file)).toBe(once);
  });

  it('replaces an earlier, different insertion instead of adding a second', () => {
    const older = insertions.map((i) => ({ ...i, code: `/* an older version of: ${i.name} */` }));
    const stale = patchSource(source, older, file);
    const current = patchSource(stale, insertions, file);
    expect(current).toBe(patchSource(source, insertions, file));
    expect(current).not.toContain('an older version of');
  });

  it.each(insertions.filter((i) => i.where !== 'end'))('throws, naming the file and anchor, when "$name" is missing', (insertion) => {
    const without = source.replace(insertion.anchor, '/* code changed by an upgrade */');
    expect(() => patchSource(without, insertions, file)).toThrow(`${file}: anchor "${insertion.name}" found 0 times`);
  });

  it.each(insertions.filter((i) => i.where !== 'end'))('throws when "$name" is there twice', (insertion) => {
    const doubled = source + '\n' + insertion.anchor + '\n';
    expect(() => patchSource(doubled, insertions, file)).toThrow(`${file}: anchor "${insertion.name}" found 2 times`);
  });
});

describe('the end of a compiled file', () => {
  const source = 'module.exports = 1;\n//# sourceMappingURL=router-server.js.map';
  const helpers: Insertion[] = [{ name: 'helpers', where: 'end', anchor: '', code: 'function helper() {}' }];
  it('puts the helpers before the source map line, which stays the last line and intact', () => {
    const patched = patchSource(source, helpers, 'x.js');
    expect(patched.split('\n').at(-1)).toBe('//# sourceMappingURL=router-server.js.map');
    expect(patched).toContain('function helper() {}');
    expect(patchSource(patched, helpers, 'x.js')).toBe(patched);
    expect(strip(patched)).toBe(source);
  });
  it('appends them to a file without one', () => {
    const patched = patchSource('a();\n', helpers, 'x.js');
    expect(patched.startsWith('a();\n')).toBe(true);
    expect(strip(patched)).toBe('a();\n');
  });
});

describe('the installed Next.js', () => {
  it('still has every anchor exactly once (the fixtures are its code)', () => {
    for (const [file, insertions] of Object.entries(nextPatches)) {
      const installed = strip(readFileSync(path.join(nextRoot(), file), 'utf8'));
      for (const { anchor, where } of insertions) if (where !== 'end') expect(count(installed, anchor), `${file}`).toBe(1);
    }
  });
});

describe('checking a copy of Next.js (postbuild’s standalone check)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'patch-next-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const copy = (name: string) => {
    const dir = path.join(root, name);
    for (const file of files) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), fixture(file));
    }
    return dir;
  };

  it('passes once patched, and reports an unpatched, a stale and a missing file by name', () => {
    const dir = copy('next');
    expect(nextPatchProblems(dir)).toEqual(files.map((file) => `${path.join(dir, file)}: not patched`));
    expect(applyNextPatch(dir)).toEqual(files);
    expect(nextPatchProblems(dir)).toEqual([]);
    expect(applyNextPatch(dir)).toEqual([]);

    const [first, second] = files as [string, string];
    const stale = patchSource(
      fixture(first),
      nextPatches[first]!.map((i) => ({ ...i, code: '/* older */' })),
      first,
    );
    writeFileSync(path.join(dir, first), stale);
    rmSync(path.join(dir, second));
    expect(nextPatchProblems(dir)).toEqual([
      `${path.join(dir, first)}: patched by an older lib/build/patch-next.ts`,
      `${path.join(dir, second)}: missing`,
    ]);
  });
});
