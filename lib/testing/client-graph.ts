import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The import graph of the client leaves, as the bundler resolves it (tsconfig's `@/` paths, relative imports,
 * packages), static and dynamic `import()` alike: what a `'use client'` file pulls into the browser. Modules inside
 * node_modules are not followed; the specifier they are imported by is recorded. Type-only imports are left out.
 */
const root = path.resolve(import.meta.dirname, '../..');
const config = ts.parseJsonConfigFileContent(ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile).config, ts.sys, root);

const isClient = (file: string) => /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/.test(readFileSync(file, 'utf8'));

/** Every file with a `'use client'` directive under the given folders (test code left out). */
export function clientLeaves(dirs = ['app', 'components', 'lib']): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && e.name !== 'testing' && !e.name.startsWith('.')) walk(p);
      } else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && isClient(p)) out.push(p);
    }
  };
  for (const d of dirs) walk(path.join(root, d));
  return out;
}

/**
 * The specifiers a module loads at run time: `import … from`, `export … from` and `import()`, leaving out what is
 * erased in the build (`import type`, and imports whose names are all `type`).
 */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const typeOnly =
        clause?.isTypeOnly ||
        (clause &&
          !clause.name &&
          bindings &&
          ts.isNamedImports(bindings) &&
          bindings.elements.length > 0 &&
          bindings.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) out.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) out.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      out.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/**
 * What `entry` reaches that `forbidden` names (a repo path relative to the root, or a package specifier), each with the
 * chain of imports that gets there.
 */
export function forbiddenReach(entry: string, forbidden: (name: string) => boolean): string[][] {
  const found: string[][] = [];
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of runtimeImports(file)) {
      const resolved = ts.resolveModuleName(spec, file, config.options, ts.sys).resolvedModule?.resolvedFileName;
      // A package by the specifier it is imported with (`next-intl/routing` is not `next-intl`), a repo file by its path.
      const name = !resolved || resolved.includes('/node_modules/') ? spec : path.relative(root, resolved).split(path.sep).join('/');
      const next = [...chain, name];
      if (forbidden(name)) found.push(next);
      else if (resolved && !resolved.includes('/node_modules/') && /\.tsx?$/.test(resolved) && !resolved.endsWith('.d.ts'))
        visit(resolved, next);
    }
  };
  visit(entry, [path.relative(root, entry)]);
  return found;
}
