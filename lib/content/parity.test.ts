import { afterAll, describe, expect, it } from 'vitest';
import { cleanFixtures, expectContentError, fixtureSite } from '../testing/fixtures/content/site-fixture';
import { checkParity } from './load-articles';
import type { Passage } from './mdx';

afterAll(cleanFixtures);
const zh = 'content/articles/restoration/zh.mdx';
const en = 'content/articles/restoration/en.mdx';

async function loadWith(edit: (site: Awaited<ReturnType<typeof fixtureSite>>) => void) {
  const site = await fixtureSite();
  edit(site);
  return site.load();
}

describe('translations and zh/en passage parity', () => {
  it('a missing en.mdx names the file and "translation"', async () => {
    await expectContentError(
      loadWith((s) => s.remove(en)),
      { file: en, line: undefined, field: 'translation', says: ['is missing', 'zh.mdx and en.mdx'] },
    );
  });

  it('a missing zh.mdx of another section, and a missing home page', async () => {
    const targets = 'content/articles/targets/zh.mdx';
    await expectContentError(
      loadWith((s) => s.remove(targets)),
      { file: targets, line: undefined, field: 'translation' },
    );
    await expectContentError(
      loadWith((s) => s.remove('content/home/en.mdx')),
      { file: 'content/home/en.mdx', line: undefined, field: 'translation' },
    );
  });

  it('passages out of order: en names the line and what zh has there', async () => {
    const error = await expectContentError(
      loadWith((s) => {
        s.replace(en, '{#plan}', '{#tmp}');
        s.replace(en, '{#reclaim}', '{#plan}');
        s.replace(en, '{#tmp}', '{#reclaim}');
      }),
      { file: en, line: 12, field: 'passage order', says: ['expected "plan" here', `(as in ${zh}:12)`, 'found "reclaim"'] },
    );
    expect(error.line).toBe(12);
  });

  it('an id in zh that en lacks: names en, the id, and where zh has it', async () => {
    await expectContentError(
      loadWith((s) => s.replace(en, '{#next}', '{#later}')),
      {
        file: en,
        line: undefined,
        field: 'passage id',
        says: [`"next" (${zh}:24) has no counterpart here`],
      },
    );
  });

  it('a paragraph deleted from en', async () => {
    await expectContentError(
      loadWith((s) => s.replace(en, 'The work goes on. {#next}\n', '')),
      { file: en, line: undefined, field: 'passage id', says: ['"next"'] },
    );
  });

  it('an extra passage in en, by its line', async () => {
    await expectContentError(
      loadWith((s) => s.write(en, `${s.read(en)}\nOne more. {#extra}\n`)),
      {
        file: en,
        line: 26,
        field: 'passage id',
        says: [`"extra" is not in ${zh}`],
      },
    );
  });

  it('a heading in en where zh has a paragraph', async () => {
    await expectContentError(
      loadWith((s) => s.replace(en, 'A [green mine](term:green-mine) starts with a plan. {#plan}', '## A plan {#plan}')),
      {
        file: en,
        line: 12,
        field: 'passage kind',
        says: [`"plan" is a level-2 heading here but a paragraph in ${zh}:12`],
      },
    );
  });

  it('a ## heading in en where zh has ###', async () => {
    await expectContentError(
      loadWith((s) => s.replace(en, '### Slopes to terraces', '## Slopes to terraces')),
      { file: en, line: 18, field: 'passage kind', says: ['"terraces"'] },
    );
  });

  it('home pages are checked too', async () => {
    await expectContentError(
      loadWith((s) => s.replace('content/home/en.mdx', '{#source}', '{#text}')),
      {
        file: 'content/home/en.mdx',
        line: undefined,
        field: 'passage id',
        says: ['"source" (content/home/zh.mdx:12)'],
      },
    );
  });
});

describe('checkParity', () => {
  const p = (id: string, line: number, kind: Passage['kind'] = 'paragraph', depth?: number): Passage => ({
    id,
    kind,
    depth,
    text: '',
    line,
  });
  it('accepts the same ids, kinds and depths in the same order', () => {
    const ps = [p('h', 1, 'heading', 2), p('a', 3)];
    expect(() =>
      checkParity({ file: 'a', passages: ps }, { file: 'b', passages: ps.map((x) => ({ ...x, line: x.line + 1 })) }),
    ).not.toThrow();
  });
  it('reports a paragraph that is in the <SourceGaps> box in one language and in the running text in the other', async () => {
    const a = [p('h', 1, 'heading', 2), { ...p('g', 3), box: 'source-gaps' as const }];
    const b = [p('h', 1, 'heading', 2), p('g', 3)];
    await expectContentError(() => checkParity({ file: 'a', passages: a }, { file: 'b', passages: b }), {
      file: 'b',
      line: 3,
      field: 'passage kind',
      says: ['"g" is a paragraph here but a paragraph in the <SourceGaps> box in a:3'],
    });
    expect(() => checkParity({ file: 'a', passages: a }, { file: 'b', passages: a })).not.toThrow();
  });
  it('reports against the second file', async () => {
    await expectContentError(
      () => checkParity({ file: 'a', passages: [p('x', 1), p('y', 2)] }, { file: 'b', passages: [p('y', 5), p('x', 7)] }),
      {
        file: 'b',
        line: 5,
        field: 'passage order',
        says: ['expected "x" here (as in a:1), found "y"'],
      },
    );
  });
});
