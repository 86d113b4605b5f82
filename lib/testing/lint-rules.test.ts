import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '../..') });
const rulesHit = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath }))[0]!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);

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
    // next/link stays refused outside the modal, in tests too.
    expect(await rulesHit("import Link from 'next/link';\nexport const L = Link;\n", 'lib/search/x.test.ts')).toHaveLength(1);
  });
});
