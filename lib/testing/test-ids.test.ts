import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `data-testid` is for tests only: production markup may carry one, but no stylesheet and no production script may
 * select on it (querySelector, closest, matches, a CSS rule) or read it, or renaming a test id would change what the
 * site does. Production code selects on a class or on an attribute its keys module owns (css-keys.test.ts).
 */
const root = path.resolve(import.meta.dirname, '../..');

/** The production sources: app/, components/, lib/ (not lib/testing, not tests) and proxy.ts. */
function productionFiles(): string[] {
  return ['app', 'components', 'lib']
    .flatMap((dir) => readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)))
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => /\.(css|tsx?|mjs|js)$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.startsWith('lib/testing/'))
    .concat('proxy.ts')
    .sort();
}

/** Block comments and whole-line or trailing `//` comments (a comment may mention a test id). */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');

/**
 * Where `text` selects on or reads a test id: an attribute selector (`[data-testid…]`, in CSS or in any selector
 * string), `dataset.testid`, or `getAttribute('data-testid')`. Writing one (`data-testid="…"` in JSX) is allowed.
 */
function testIdReads(text: string): string[] {
  const re =
    /\[\s*data-testid\b[^\]]*\]?|\bdataset\s*\.\s*testid\b|\bdataset\s*\[\s*['"]testid['"]\s*\]|getAttribute\(\s*['"]data-testid['"]\s*\)/g;
  return [...withoutComments(text).matchAll(re)].map((m) => m[0]);
}

describe('no production code selects on data-testid', () => {
  const files = productionFiles();
  it('finds the production sources and stylesheets (and no test files)', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'app/styles/print.css',
        'components/share/InWeChat.client.tsx',
        'components/glossary/TermCards.client.tsx',
        'lib/cite/reading.ts',
        'proxy.ts',
      ]),
    );
    expect(files.filter((f) => f.includes('.test.') || f.startsWith('lib/testing/'))).toEqual([]);
  });
  it('production markup still writes test ids (the files are the ones the tests read)', () => {
    expect(files.some((f) => /data-testid=/.test(readFileSync(path.join(root, f), 'utf8')))).toBe(true);
  });
  it.each(files)('%s', (file) => {
    expect(testIdReads(readFileSync(path.join(root, file), 'utf8'))).toEqual([]);
  });
  it('control: selectors and reads in CSS and script are reported; writing one and comments are not', () => {
    const css = ".article [data-testid='article-corrections'] { break-inside: avoid }";
    const script = [
      `document.querySelector('[data-testid="wechat"]');`,
      `el.closest("[ data-testid=x]");`,
      'if (node.matches(`.a, [data-testid]`)) return;',
      'const id = el.dataset.testid;',
      `const other = el.getAttribute('data-testid');`,
      `<div data-testid="share" className="x" />;`,
      '// the tests find it by [data-testid="share"]',
      '/* as do the browser tests: [data-testid="share"] */',
    ].join('\n');
    expect(testIdReads(css)).toEqual(["[data-testid='article-corrections']"]);
    expect(testIdReads(script)).toEqual([
      '[data-testid="wechat"]',
      '[ data-testid=x]',
      '[data-testid]',
      'dataset.testid',
      "getAttribute('data-testid')",
    ]);
  });
});
