import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientLeaves, forbiddenReach } from './client-graph';

/**
 * ICU formatting stays on the server (lib/i18n/message.ts makes the messages ready, lib/i18n/template.ts fills them
 * in): neither next-intl's formatter nor its parser may be in a client bundle, where it weighs about 10 KiB gzipped.
 */
// `next-intl/routing` (defineRouting: the locale list and prefix rule, lib/i18n/routing.ts) has no formatter in it.
const icu = (name: string) =>
  name === 'lib/i18n/message.ts' ||
  (/^(next-intl|use-intl|intl-messageformat|icu-minify)(\/|$)/.test(name) && name !== 'next-intl/routing') ||
  name.startsWith('@formatjs/');

describe('client leaves do not reach the ICU formatter', () => {
  const leaves = clientLeaves();

  it('finds the client leaves', () => {
    expect(leaves.map((f) => path.basename(f))).toEqual(
      expect.arrayContaining(['SearchLive.client.tsx', 'GlossaryFilter.client.tsx', 'CiteEntry.client.tsx']),
    );
  });

  it('no leaf imports next-intl, its formatter or lib/i18n/message.ts, directly, through other modules or by import()', () => {
    expect(leaves.flatMap((leaf) => forbiddenReach(leaf, icu)).map((chain) => chain.join(' → '))).toEqual([]);
  });

  it('control: a leaf that reaches lib/i18n/message.ts through a module in between is reported, with its chain', () => {
    const leaf = path.join(import.meta.dirname, 'fixtures/client-graph/Leaf.client.tsx');
    expect(forbiddenReach(leaf, icu)).toEqual([
      ['lib/testing/fixtures/client-graph/Leaf.client.tsx', 'lib/testing/fixtures/client-graph/middle.ts', 'lib/i18n/message.ts'],
    ]);
    expect([icu('next-intl'), icu('use-intl/core'), icu('next-intl/routing'), icu('lib/i18n/template.ts')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    // …and what message.ts itself imports is the parser, which the same rule names.
    expect(forbiddenReach(path.join(import.meta.dirname, '../i18n/message.ts'), icu).map((c) => c.at(-1))).toContain(
      '@formatjs/icu-messageformat-parser',
    );
  });
});
