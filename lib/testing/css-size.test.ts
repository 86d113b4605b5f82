import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The stylesheets stay one family per file: app/globals.css holds the design tokens and base styles and imports the
 * families in app/styles (Tailwind inlines each @import where it stands); components may keep their own (like
 * components/diagrams/diagrams.css). A file over the cap is split by family again, not packed, and a family file
 * that globals.css does not import would silently style nothing.
 */
const root = path.resolve(import.meta.dirname, '../..');
const maxLines = 400;

/** Every .css file under app/ and components/, relative to the repository. */
function cssFiles(): string[] {
  return ['app', 'components'].flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.css'))
      .map((f) => path.join(dir, f).split(path.sep).join('/')),
  );
}

/** The files (path → text) longer than the cap, with their line counts. */
function overCap(files: Record<string, string>, cap = maxLines): string[] {
  return Object.entries(files)
    .map(([file, text]) => [file, text.trimEnd().split('\n').length] as const)
    .filter(([, lines]) => lines > cap)
    .map(([file, lines]) => `${file}: ${lines} lines (cap ${cap})`);
}

/** The family files (app/styles/*.css) that the entry's @import lines do not name. */
function notImported(entry: string, families: string[]): string[] {
  const imported = new Set([...entry.matchAll(/@import\s+['"]\.\/(styles\/[^'"]+)['"]/g)].map(([, p]) => `app/${p}`));
  return families.filter((f) => !imported.has(f));
}

describe('stylesheets', () => {
  const files = Object.fromEntries(cssFiles().map((f) => [f, readFileSync(path.join(root, f), 'utf8')]));

  it('finds the entry, the families and the diagrams’ own file', () => {
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['app/globals.css', 'app/styles/print.css', 'app/styles/parallel.css', 'components/diagrams/diagrams.css']),
    );
  });
  it(`each is at most ${maxLines} lines`, () => {
    expect(overCap(files)).toEqual([]);
  });
  it('app/globals.css imports every family in app/styles', () => {
    const families = Object.keys(files).filter((f) => f.startsWith('app/styles/'));
    expect(notImported(files['app/globals.css']!, families)).toEqual([]);
  });
  it('control: a file over the cap is reported', () => {
    expect(overCap({ 'app/styles/big.css': '.a {}\n'.repeat(maxLines + 1), 'app/styles/ok.css': '.a {}\n' })).toEqual([
      `app/styles/big.css: ${maxLines + 1} lines (cap ${maxLines})`,
    ]);
  });
  it('control: a family the entry does not import is reported', () => {
    expect(notImported("@import './styles/prose.css';", ['app/styles/prose.css', 'app/styles/lost.css'])).toEqual(['app/styles/lost.css']);
  });
});
