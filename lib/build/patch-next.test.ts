import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { frameworkHeadersKey, frameworkResponseHeaders } from '../security/headers';
import {
  anchorPattern,
  applyNextPatch,
  headersKey,
  marker,
  nextPatchProblems,
  nextPatches,
  nextRoot,
  patchSource,
  strip,
  type Insertion,
} from './patch-next.mjs';

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
      const [found] = [...strip(once).matchAll(anchorPattern(anchor))].map((m) => m[0]);
      if (where === 'before') expect(once).toContain(`${code}\n/* site-patch:end */${found}`);
      if (where === 'after') expect(once).toContain(`${found}${marker}\n${code}`);
    }
    expect(strip(once)).toBe(source);
  });

  it('carries no header value: the running server supplies them (instrumentation.ts)', () => {
    const once = patchSource(source, insertions, file);
    // The site's own values (the strict default until the server has started shares only nosniff and DENY with them).
    for (const key of ['Strict-Transport-Security', 'Referrer-Policy', 'Permissions-Policy', 'Content-Security-Policy'])
      expect(once).not.toContain(frameworkResponseHeaders[key]);
  });

  it('finds its anchors in the same code indented and wrapped differently, but not in changed code', () => {
    const rewrapped = source.replace(/\n\s*/g, '\n\t').replace(/ \(/g, '(').replace(/'/g, '"');
    expect(strip(patchSource(rewrapped, insertions, file))).toBe(rewrapped);
    for (const { name, anchor } of insertions.filter((i) => i.where !== 'end')) {
      const lastWord = anchor.match(/[A-Za-z_$][\w$]*/g)!.at(-1)!;
      const changed = source.replace(anchorPattern(anchor), (text) =>
        text.replace(new RegExp(`${lastWord}(?![\\w$])(?![\\s\\S]*${lastWord})`), `${lastWord}2`),
      );
      expect(() => patchSource(changed, insertions, file)).toThrow(`${file}: anchor "${name}" found 0 times`);
    }
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
    const without = source.replace(anchorPattern(insertion.anchor), '/* code changed by an upgrade */');
    expect(() => patchSource(without, insertions, file)).toThrow(`${file}: anchor "${insertion.name}" found 0 times`);
  });

  it.each(insertions.filter((i) => i.where !== 'end'))('throws when "$name" is there twice', (insertion) => {
    const doubled = source + '\n' + insertion.anchor.replace(/\s+/g, ' ') + '\n';
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

describe('the headers the patched code reads', () => {
  it('are published under the key the inserted code reads (lib/security/headers.ts)', () => {
    expect(Symbol.for(headersKey)).toBe(frameworkHeadersKey);
    expect(patchSource(fixture('start-server.js'), nextPatches['dist/server/lib/start-server.js']!, 'x')).toContain(
      `Symbol.for(${JSON.stringify(headersKey)})`,
    );
  });
});

describe('the installed Next.js', () => {
  it('still has every anchor exactly once (the fixtures are its code)', () => {
    for (const [file, insertions] of Object.entries(nextPatches)) {
      const installed = strip(readFileSync(path.join(nextRoot(), file), 'utf8'));
      for (const { anchor, where } of insertions)
        if (where !== 'end') expect(installed.match(anchorPattern(anchor))?.length, `${file}`).toBe(1);
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
      `${path.join(dir, first)}: patched by an older lib/build/patch-next.mjs`,
      `${path.join(dir, second)}: missing`,
    ]);
  });
});
