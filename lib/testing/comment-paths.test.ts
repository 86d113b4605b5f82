import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { missingPaths } from './repo-paths';
import { repoRoot } from './serve';

/**
 * Comments name the files they lean on ("the test is lib/testing/client-graph.test.ts"); when one moves, the comment
 * keeps sending the reader to where it was. Every repository path named in a source comment must exist, as every
 * path the README names must (readme.test.ts, the same check: lib/testing/repo-paths.ts).
 */

/** Where comments are read: the site's code, its styles and the root modules. */
const sourceDirs = ['app', 'components', 'lib'];
const rootSources = ['proxy.ts', 'next.config.ts', 'instrumentation.ts', 'eslint.config.mjs', 'postcss.config.mjs'];

/** The text of every `// …` and `/* … *\/` comment in a module (read by the TypeScript parser, so no string or JSX text). */
function commentsOf(name: string, text: string): string[] {
  if (name.endsWith('.css')) return [...text.matchAll(/\/\*[\s\S]*?\*\//g)].map(([c]) => c);
  const kind = name.endsWith('.tsx') ? ts.ScriptKind.TSX : /\.[cm]?js$/.test(name) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const file = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, false, kind);
  const seen = new Map<number, string>();
  const take = (ranges: ts.CommentRange[] | undefined) => ranges?.forEach((r) => seen.set(r.pos, text.slice(r.pos, r.end)));
  const visit = (node: ts.Node) => {
    take(ts.getLeadingCommentRanges(text, node.getFullStart()));
    take(ts.getTrailingCommentRanges(text, node.end));
    node.getChildren(file).forEach(visit);
  };
  visit(file);
  return [...seen.values()];
}

/**
 * Names a comment may give bare for a root file: the files at the root, and the root files Next.js also looks for
 * under other names (named in a comment, one of those points at a file this site does not have; a comment that means
 * Next's concept says so in words).
 */
const rootNames = new Set([
  ...readdirSync(repoRoot, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name),
  'middleware.ts',
  'next.config.js',
  'next.config.mjs',
  'instrumentation-client.ts',
]);

/**
 * Repository paths a comment names: `app/…`, `components/…`, `lib/…`, `content/…`, `public/…` (also as `@/lib/…`),
 * and root files by name. A pattern (`lib/**`, `content/{zh,en}`, `gates/<name>.ts`, `lib/…`) is not a path, and a
 * line or anchor after it (`template.ts:9`) is not part of it.
 */
function pathsIn(comment: string): string[] {
  const out: string[] = [];
  for (const m of comment.matchAll(/(?<![\w/.@-])(?:@\/)?((?:app|components|lib|content|public)\/[\w.\-/[\]@()]*|[\w.-]+\.[a-z]+)/g)) {
    let p = m[1]!;
    const next = comment[m.index + m[0].length];
    if (next && /[*{<…$]/.test(next)) continue;
    // Sentence punctuation and an unbalanced closing parenthesis end the path.
    for (;;) {
      if (/[.\-]$/.test(p)) p = p.slice(0, -1);
      else if (p.endsWith(')') && (p.match(/\(/g) ?? []).length < (p.match(/\)/g) ?? []).length) p = p.slice(0, -1);
      else break;
    }
    if (p.includes('/') || rootNames.has(p)) out.push(p.replace(/\/$/, ''));
  }
  return out;
}

/** The source files the test reads (tracked or new, not ignored by git: no build output), as repository paths. */
function sources(): string[] {
  const args = ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...sourceDirs, ...rootSources];
  const tracked = execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' });
  return tracked.split('\0').filter((f) => /\.(tsx?|[cm]?js|css)$/.test(f));
}

/** `file: path` for every path named in a comment of `files` that is not in the repository. */
function brokenCommentPaths(files: { name: string; text: string }[]): string[] {
  return files.flatMap(({ name, text }) => {
    const named = commentsOf(name, text).flatMap(pathsIn);
    return missingPaths(named, { modules: true }).map((p) => `${name}: ${p}`);
  });
}

describe('paths named in source comments', () => {
  it('all exist', () => {
    const files = sources().map((name) => ({ name, text: readFileSync(path.join(repoRoot, name), 'utf8') }));
    expect(files.length).toBeGreaterThan(100);
    expect(brokenCommentPaths(files)).toEqual([]);
  });
  it('control: a moved file named in a comment is reported, wherever the comment is; strings, patterns and URLs are not paths', () => {
    const source = [
      '// The test is lib/i18n/client-graph.test.ts; see also lib/i18n/template.ts:9, `@/lib/i18n/page` and README.md.',
      "const where = 'lib/nowhere/in-a-string.ts';",
      'export function f() {',
      '  return where;',
      '  /* before the brace: @/lib/nowhere/gone and next.config.mjs. */',
      '}',
      '// Patterns: lib/**/*.test.ts, content/messages/{zh,en}, lib/testing/gates/<name>.ts, lib/…; a URL: https://host/lib/x.ts.',
    ].join('\n');
    expect(brokenCommentPaths([{ name: 'lib/x.ts', text: source }])).toEqual([
      'lib/x.ts: lib/i18n/client-graph.test.ts',
      'lib/x.ts: lib/nowhere/gone',
      'lib/x.ts: next.config.mjs',
    ]);
    const leaf =
      'export const L = () => (\n  <div>\n    {/* drawn by components/gone/Old.tsx (app/[locale]/page.tsx keeps it) */}\n  </div>\n);\n';
    expect(brokenCommentPaths([{ name: 'components/x.tsx', text: leaf }])).toEqual(['components/x.tsx: components/gone/Old.tsx']);
    expect(brokenCommentPaths([{ name: 'app/x.css', text: '.a { color: red; } /* see app/styles/gone.css. */' }])).toEqual([
      'app/x.css: app/styles/gone.css',
    ]);
  });
});
