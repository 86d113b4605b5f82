import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '../..') });
const rulesHit = async (code: string, filePath: string, rules = ['no-restricted-imports']) =>
  (await eslint.lintText(code, { filePath }))[0]!.messages.filter((m) => rules.includes(m.ruleId ?? '')).map((m) => m.message);

describe('production code cannot import test code (no-restricted-imports, eslint.config.mjs)', () => {
  it('reports lib/testing imported from a production file, relative or by alias', { timeout: 60_000 }, async () => {
    expect(await rulesHit("import { repoRoot } from '../testing/serve';\nexport const r = repoRoot;\n", 'lib/search/x.ts')).toHaveLength(1);
    expect(await rulesHit("import { repoRoot } from '@/lib/testing/serve';\nexport const r = repoRoot;\n", 'proxy-x.ts')).toHaveLength(1);
    expect(
      await rulesHit("import { repoRoot } from '../../lib/testing/serve';\nexport const r = repoRoot;\n", 'app/[locale]/@modal/x.tsx'),
    ).toHaveLength(1);
  });

  it('control: tests and lib/testing may import it, and a production import of something else passes', { timeout: 60_000 }, async () => {
    expect(await rulesHit("import { repoRoot } from '../testing/serve';\nexport const r = repoRoot;\n", 'lib/search/x.test.ts')).toEqual(
      [],
    );
    expect(await rulesHit("import { repoRoot } from '../serve';\nexport const r = repoRoot;\n", 'lib/testing/gates/x.ts')).toEqual([]);
    expect(await rulesHit("import { normalizeQuery } from './normalize';\nexport const n = normalizeQuery;\n", 'lib/search/x.ts')).toEqual(
      [],
    );
  });
});

describe('next/link is refused everywhere (eslint.config.mjs)', () => {
  const link = "import Link from 'next/link';\nexport const L = Link;\n";
  it('reports it in a page, in the photo modal, in lib/dom and in a test', { timeout: 60_000 }, async () => {
    for (const file of ['app/[locale]/x.tsx', 'app/[locale]/@modal/x.tsx', 'lib/dom/x.ts', 'lib/search/x.test.ts'])
      expect(await rulesHit(link, file), file).toEqual([expect.stringContaining('plain <a>')]);
  });
  it('control: the router the modal does use passes there', { timeout: 60_000 }, async () => {
    const router = "'use client';\nimport { useRouter } from 'next/navigation';\nexport const useR = () => useRouter();\n";
    expect(await rulesHit(router, 'app/[locale]/@modal/x.tsx')).toEqual([]);
  });
});

describe('only lib/dom calls useSyncExternalStore (eslint.config.mjs)', () => {
  const rules = ['no-restricted-imports', 'no-restricted-syntax'];
  const named =
    "'use client';\nimport { useSyncExternalStore } from 'react';\nexport const useX = () => useSyncExternalStore(() => () => {}, () => 1, () => 0);\n";
  const member =
    "'use client';\nimport React from 'react';\nexport const useX = () => React.useSyncExternalStore(() => () => {}, () => 1, () => 0);\n";

  it('reports it in a client leaf, imported by name or read off React, and in a test', { timeout: 60_000 }, async () => {
    expect(await rulesHit(named, 'components/story/X.client.tsx', rules)).toEqual([expect.stringContaining('useBrowserSupports')]);
    expect(await rulesHit(member, 'components/story/X.client.tsx', rules)).toEqual([expect.stringContaining('useBrowserSupports')]);
    expect(await rulesHit(named, 'app/[locale]/@modal/x.tsx', rules)).toHaveLength(1);
    expect(await rulesHit(named, 'components/story/x.test.tsx', rules)).toHaveLength(1);
  });

  it('control: lib/dom may call it, and other React hooks pass everywhere', { timeout: 60_000 }, async () => {
    expect(await rulesHit(named, 'lib/dom/x.ts', rules)).toEqual([]);
    expect(await rulesHit(member, 'lib/dom/x.ts', rules)).toEqual([]);
    const other = "'use client';\nimport { useState } from 'react';\nexport const useX = () => useState(0);\n";
    expect(await rulesHit(other, 'components/story/X.client.tsx', rules)).toEqual([]);
  });
});
