import { renderToStaticMarkup } from 'react-dom/server';
import { createElement, type ReactNode } from 'react';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanFixtures, expectContentError, fixtureSite } from '../testing/fixtures/content/site-fixture';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileMdx } from './mdx';
import { termMarkProblems, type TermMark } from './mdx-terms';
import { sectionIds } from './sections';

afterAll(cleanFixtures);
const zh = 'content/articles/restoration/zh.mdx';

/** Copies the valid site, replaces one piece of restoration/zh.mdx, and returns the load. */
async function loadWithZh(from: string, to: string) {
  const site = await fixtureSite();
  site.replace(zh, from, to);
  return site.load();
}

describe('compileMdx', () => {
  const known = { terms: new Set(['green-mine', 'reclamation']), photos: new Set(['hill']), diagrams: new Set(['terraces']) };
  const render = (Content: Awaited<ReturnType<typeof compileMdx>>['Content']) =>
    renderToStaticMarkup(
      createElement(Content, {
        components: {
          Term: ({ id, use, children }: { id: string; use?: string; children: ReactNode }) =>
            createElement('dfn', { 'data-term': id, 'data-use': use }, children),
          Figure: ({ id }: { id: string }) => createElement('figure', { 'data-photo': id }),
        },
      }),
    );

  it('links a term once in each section (the lead, each h2), numbering its later links in the article', async () => {
    const source = [
      'The [green mine](term:green-mine) and the green mine again. {#lead}',
      '## A [green mine](term:green-mine) {#top}',
      'The green mine and [reclamation](term:reclamation). {#body}',
      '### Below {#below}',
      'More reclamation. {#more}',
      '## Next {#next}',
      '<span lang="zh-Hans">[绿色矿山](term:green-mine)</span> and <span lang="zh-Hans">绿色矿山</span>. {#again}',
    ].join('\n\n');
    const out = await compileMdx('x.mdx', source, known);
    expect(out.terms.map((t) => `${t.term}@${t.passage}`)).toEqual([
      'green-mine@lead',
      'green-mine@top',
      'reclamation@body',
      'green-mine@again',
    ]);
    expect(render(out.Content).split('\n')).toEqual([
      '<p id="lead">The <dfn data-term="green-mine">green mine</dfn> and the green mine again.</p>',
      '<h2 id="top">A <dfn data-term="green-mine" data-use="2">green mine</dfn></h2>',
      '<p id="body">The green mine and <dfn data-term="reclamation">reclamation</dfn>.</p>',
      '<h3 id="below">Below</h3>',
      '<p id="more">More reclamation.</p>',
      '<h2 id="next">Next</h2>',
      '<p id="again"><span lang="zh-Hans"><dfn data-term="green-mine" data-use="3">绿色矿山</dfn></span> and <span lang="zh-Hans">绿色矿山</span>.</p>',
    ]);
  });

  it('refuses a second link to a term in one section, naming file, line and the link (negative control)', async () => {
    const source = [
      'The [green mine](term:green-mine) is here. {#lead}',
      '### Sub {#sub}',
      'A [green mine](term:green-mine) again. {#again}',
    ].join('\n\n');
    await expectContentError(compileMdx('content/articles/restoration/en.mdx', source, known), {
      file: 'content/articles/restoration/en.mdx',
      line: 5,
      field: 'term',
      says: ['[green mine](term:green-mine)', 'again in the same section', 'line 1'],
    });
  });

  it('refuses a term link that covers a clause, in English and in Chinese (negative control)', async () => {
    const en = 'Here [green mines that turn grey land into green fields](term:green-mine) grow. {#a}';
    await expectContentError(compileMdx('content/articles/restoration/en.mdx', en, known), {
      file: 'content/articles/restoration/en.mdx',
      line: 1,
      field: 'term',
      says: ['[green mines that turn grey land into green fields](term:green-mine)', 'is 9 words', 'at most 6'],
    });
    const zh = '这里的[把灰黑的土地变成碧绿的绿色矿山](term:green-mine)。 {#a}';
    await expectContentError(compileMdx('content/articles/restoration/zh.mdx', zh, known), {
      file: 'content/articles/restoration/zh.mdx',
      line: 1,
      field: 'term',
      says: ['is 15 characters', 'at most 12'],
    });
    // A long official name may run to the glossary's own name, and no further.
    const names = new Map([
      ['green-mine-plan', { zh: '准格尔旗绿色矿山建设规划（2021—2025）', en: 'Zhungeer Banner Green Mine Construction Plan (2021–2025)' }],
    ]);
    const withPlan = { ...known, terms: new Set([...known.terms, 'green-mine-plan']), termNames: names };
    await expect(
      compileMdx('content/x/zh.mdx', '见《[准格尔旗绿色矿山建设规划（2021—2025）](term:green-mine-plan)》。 {#a}', withPlan),
    ).resolves.toBeDefined();
    await expectContentError(
      compileMdx('content/x/zh.mdx', '见[准格尔旗编制的绿色矿山建设规划（2021—2025）](term:green-mine-plan)。 {#a}', withPlan),
      { file: 'content/x/zh.mdx', line: 1, field: 'term', says: ['longer than the glossary', 'green-mine-plan'] },
    );
  });

  it('every article and home page, in both languages, links each term once per section, at its first use, and only the term', async () => {
    const root = path.resolve(import.meta.dirname, '../../content');
    const json = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, { id: string }[]>;
    const all = {
      terms: new Set(json('glossary.json').terms!.map((t) => t.id)),
      photos: new Set(json('photos.json').photos!.map((p) => p.id)),
      diagrams: new Set(Object.keys((JSON.parse(readFileSync(path.join(root, 'diagrams.json'), 'utf8')) as { diagrams: object }).diagrams)),
      termNames: new Map(
        (json('glossary.json').terms as unknown as { id: string; zh: string; en: string }[]).map((t) => [t.id, { zh: t.zh, en: t.en }]),
      ),
    };
    const files = [...sectionIds.flatMap((s) => [`articles/${s}/zh.mdx`, `articles/${s}/en.mdx`]), 'home/zh.mdx', 'home/en.mdx'];
    let links = 0;
    for (const file of files) {
      const { Content } = await compileMdx(file, readFileSync(path.join(root, file), 'utf8'), all);
      const html = renderToStaticMarkup(
        createElement(Content, {
          components: {
            Term: ({ id, children }: { id: string; children: ReactNode }) => createElement('a', { 'data-term': id }, children),
            Figure: () => null,
            Gallery: () => null,
            Timeline: () => null,
            Diagram: () => null,
            Locator: () => null,
            Scale: () => null,
            SourceGaps: ({ children }: { children: ReactNode }) => createElement('aside', null, children),
          },
        }),
      );
      const marks = [...html.matchAll(/<h2\b|<a data-term="([a-z0-9-]+)"|<span data-term-again="([a-z0-9-]+)"/g)].map(
        ([tag, linked, again]): TermMark =>
          tag === '<h2' ? { kind: 'section' } : { kind: 'term', id: (linked ?? again)!, linked: !!linked },
      );
      links += marks.filter((m) => m.kind === 'term' && m.linked).length;
      expect(termMarkProblems(marks), file).toEqual([]);
    }
    expect(links, 'the articles mark terms at all').toBeGreaterThan(50);
  });

  it('the rule reports a second link in a section and an unlinked first use (negative control)', () => {
    const t = (id: string, linked: boolean): TermMark => ({ kind: 'term', id, linked });
    expect(termMarkProblems([t('a', true), t('a', false), { kind: 'section' }, t('a', true), t('b', false), t('a', true)])).toEqual([
      'section 1: the first use of "b" is not a link',
      'section 1: "a" is linked again',
    ]);
  });

  it('keeps line numbers true after the frontmatter and records the photo a Figure follows', async () => {
    const source = '---\ntitle: "T"\n---\n\n<Figure id="hill" />\n\nText. {#a}\n\n<Figure id="hill" />\n';
    const out = await compileMdx('x.mdx', source, known);
    expect(out.data).toEqual({ title: 'T' });
    expect(out.passages).toEqual([{ id: 'a', kind: 'paragraph', depth: undefined, text: 'Text.', line: 7, heading: undefined }]);
    expect(out.photos).toEqual([
      { photo: 'hill', after: undefined },
      { photo: 'hill', after: 'a' },
    ]);
  });

  it('a <SourceGaps> box: its paragraphs are passages marked as the box, under their heading; photos after it follow the text', async () => {
    const source = [
      '## Top {#top}',
      'Text. {#a}',
      '<SourceGaps>',
      'Not said here. {#top-gaps}',
      '</SourceGaps>',
      '<Figure id="hill" />',
    ].join('\n\n');
    const out = await compileMdx('x.mdx', source, known);
    expect(out.passages.map((p) => [p.id, p.kind, p.heading, p.box])).toEqual([
      ['top', 'heading', 'top', undefined],
      ['a', 'paragraph', 'top', undefined],
      ['top-gaps', 'paragraph', 'top', 'source-gaps'],
    ]);
    expect(out.photos).toEqual([{ photo: 'hill', after: 'a' }]);
    const html = renderToStaticMarkup(
      createElement(out.Content, {
        components: {
          SourceGaps: ({ section, children }: { section?: string; children: ReactNode }) =>
            createElement('aside', { 'data-section': section }, children),
          Figure: () => null,
        },
      }),
    );
    expect(html).toContain('<aside data-section="Top"><p id="top-gaps">Not said here.</p></aside>');
  });

  it('refuses a second box in a section, a box without paragraphs, with other blocks, or without ids (negative controls)', async () => {
    const box = (inner: string) => `<SourceGaps>\n\n${inner}\n\n</SourceGaps>`;
    const cases: [string, string, string][] = [
      [['## S {#s}', box('A. {#a}'), box('B. {#b}')].join('\n\n'), 'SourceGaps', 'one box per section'],
      [['## S {#s}', '<SourceGaps></SourceGaps>'].join('\n\n'), 'SourceGaps', 'is empty'],
      [['## S {#s}', box('- a list {#a}')].join('\n\n'), 'SourceGaps', 'holds only paragraphs'],
      [['## S {#s}', box('No id.')].join('\n\n'), 'passage id', 'missing'],
      [['## S {#s}', '<SourceGaps title="x">\n\nA. {#a}\n\n</SourceGaps>'].join('\n\n'), 'SourceGaps', 'takes no attributes'],
    ];
    for (const [source, field, says] of cases)
      await expectContentError(compileMdx('x.mdx', source, known), { file: 'x.mdx', line: 'any', field, says: [says] });
    // Control: one box in each of two sections is fine.
    await expect(
      compileMdx('x.mdx', ['## S {#s}', box('A. {#a}'), '## T {#t}', box('B. {#b}')].join('\n\n'), known),
    ).resolves.toBeDefined();
  });

  it('names the file it was given', async () => {
    await expectContentError(compileMdx('content/x.mdx', '\n\nNo id here.\n', known), {
      file: 'content/x.mdx',
      line: 3,
      field: 'passage id',
      says: ['missing'],
    });
  });
});

describe('article MDX failures name file, line and field', () => {
  it('a paragraph without a passage id', async () => {
    await expectContentError(loadWithZh('从规划开始。 {#plan}', '从规划开始。'), {
      file: zh,
      line: 12,
      field: 'passage id',
      says: ['missing', 'paragraph'],
    });
  });

  it('a heading without a passage id', async () => {
    await expectContentError(loadWithZh('## 展望 {#ahead}', '## 展望'), {
      file: zh,
      line: 22,
      field: 'passage id',
      says: ['missing', 'heading'],
    });
  });

  it('a multi-line paragraph without an id, by the line it starts on', async () => {
    const site = await fixtureSite();
    site.replace('content/articles/industries/en.mdx', ' is moving ahead. {#shigetu}', ' is moving ahead.');
    await expectContentError(site.load(), { file: 'content/articles/industries/en.mdx', line: 12, field: 'passage id', says: ['missing'] });
  });

  it('an id used twice', async () => {
    await expectContentError(loadWithZh('{#next}', '{#plan}'), {
      file: zh,
      line: 24,
      field: 'passage id',
      says: ['"plan" is used twice (first on line 12)'],
    });
  });

  it('an id that is not a lowercase slug is not lifted and fails as MDX on its line', async () => {
    await expectContentError(loadWithZh('{#next}', '{#Next}'), { file: zh, line: 24, field: 'MDX' });
  });

  it('an unknown glossary term', async () => {
    await expectContentError(loadWithZh('term:reclamation', 'term:nope'), {
      file: zh,
      line: 20,
      field: 'term',
      says: ['unknown glossary term "nope"'],
    });
  });

  it('an unknown diagram in <Diagram>, and a Diagram without an id', async () => {
    await expectContentError(loadWithZh('<Figure id="field" />', '<Diagram id="nope" />'), {
      file: zh,
      line: 14,
      field: 'Diagram id',
      says: ['unknown diagram "nope"', 'content/diagrams.json'],
    });
    await expectContentError(loadWithZh('<Figure id="field" />', '<Diagram />'), { file: zh, line: 14, field: 'Diagram id' });
  });

  it('a second <Locator /> or <Scale /> in one page, naming the first', async () => {
    await expectContentError(loadWithZh('<Figure id="field" />', '<Locator />\n\n<Figure id="field" />\n\n<Locator />'), {
      file: zh,
      line: 18,
      field: 'Locator',
      says: ['may appear once per page', 'first on line 14'],
    });
    await expectContentError(loadWithZh('<Figure id="field" />', '<Scale />\n\n<Scale />'), {
      file: zh,
      line: 16,
      field: 'Scale',
      says: ['once per page'],
    });
  });

  it('a <Locator /> in one language only, or after another passage in the other', async () => {
    await expectContentError(loadWithZh('<Figure id="field" />', '<Figure id="field" />\n\n<Locator />'), {
      file: zh,
      line: 16,
      field: 'Locator',
      says: ['no counterpart in content/articles/restoration/en.mdx'],
    });
    const site = await fixtureSite();
    site.replace(zh, '<Figure id="field" />', '<Locator />\n\n<Figure id="field" />');
    site.replace('content/articles/restoration/en.mdx', '## Ahead {#ahead}', '<Locator />\n\n## Ahead {#ahead}');
    await expectContentError(site.load(), {
      file: 'content/articles/restoration/en.mdx',
      line: 22,
      field: 'Locator',
      says: ['after "reclaim" here', 'after "plan" in content/articles/restoration/zh.mdx:14'],
    });
  });

  it('an unknown photo in <Figure>', async () => {
    await expectContentError(loadWithZh('<Figure id="field" />', '<Figure id="nope" />'), {
      file: zh,
      line: 14,
      field: 'Figure id',
      says: ['unknown photo "nope"', 'content/photos.json'],
    });
  });

  it('an unknown photo in <Gallery>, and a Gallery without an ids array', async () => {
    await expectContentError(loadWithZh('<Figure id="field" />', '<Gallery ids={["hill", "nope"]} />'), {
      file: zh,
      line: 14,
      field: 'Gallery id',
      says: ['"nope"'],
    });
    await expectContentError(loadWithZh('<Figure id="field" />', '<Gallery ids="hill" />'), { file: zh, line: 14, field: 'Gallery ids' });
  });

  it('an unknown component, as a block and inline', async () => {
    await expectContentError(loadWithZh('<Figure id="field" />', '<Script />'), {
      file: zh,
      line: 14,
      field: 'component',
      says: ['<Script> is not one of'],
    });
    await expectContentError(loadWithZh('从规划开始。', '从<Foo>规划</Foo>开始。'), {
      file: zh,
      line: 12,
      field: 'component',
      says: ['<Foo>'],
    });
  });

  it('an import line', async () => {
    await expectContentError(loadWithZh('<Figure id="field" />', "import x from './x.js'"), {
      file: zh,
      line: 14,
      field: 'import/export',
      says: ['may not import'],
    });
  });

  it('an h1 heading', async () => {
    await expectContentError(loadWithZh('## 先定标准', '# 先定标准'), {
      file: zh,
      line: 10,
      field: 'heading',
      says: ['found #', 'only h1'],
    });
  });

  it('a list, a blockquote and a table', async () => {
    await expectContentError(loadWithZh('下一步继续治理。 {#next}', '- 一\n- 二'), {
      file: zh,
      line: 24,
      field: 'block',
      says: ['found list'],
    });
    await expectContentError(loadWithZh('下一步继续治理。 {#next}', '> 引文 {#next}'), {
      file: zh,
      line: 24,
      field: 'block',
      says: ['found blockquote'],
    });
  });

  it('a term link outside a heading or paragraph', async () => {
    await expectContentError(loadWithZh('<Figure id="field" />', '<span>[复垦](term:reclamation)</span>'), {
      file: zh,
      line: 14,
      field: 'term',
      says: ['only allowed in headings and paragraphs'],
    });
  });

  it('fewer than three ## headings', async () => {
    await expectContentError(loadWithZh('## 展望 {#ahead}', '### 展望 {#ahead}'), {
      file: zh,
      line: undefined,
      field: 'headings',
      says: ['at least three'],
    });
  });
});
