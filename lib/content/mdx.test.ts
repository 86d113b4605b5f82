import { renderToStaticMarkup } from 'react-dom/server';
import { createElement, type ReactNode } from 'react';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanFixtures, expectContentError, fixtureSite } from './__fixtures__/site-fixture';
import { compileMdx } from './mdx';

afterAll(cleanFixtures);
const zh = 'content/articles/restoration/zh.mdx';

/** Copies the valid site, replaces one piece of restoration/zh.mdx, and returns the load. */
async function loadWithZh(from: string, to: string) {
  const site = await fixtureSite();
  site.replace(zh, from, to);
  return site.load();
}

describe('compileMdx', () => {
  const known = { terms: new Set(['green-mine', 'reclamation']), photos: new Set(['hill']) };
  const render = (Content: Awaited<ReturnType<typeof compileMdx>>['Content']) =>
    renderToStaticMarkup(
      createElement(Content, {
        components: {
          Term: ({ id, children }: { id: string; children: ReactNode }) => createElement('dfn', { 'data-term': id }, children),
          Figure: ({ id }: { id: string }) => createElement('figure', { 'data-photo': id }),
        },
      }),
    );

  it('turns the first use of a term into <Term>, later uses into plain text, and puts ids on elements', async () => {
    const source =
      '## A [green mine](term:green-mine) {#top}\n\nThe [green mine](term:green-mine) and [reclamation](term:reclamation). {#body}\n';
    const out = await compileMdx('x.mdx', source, known);
    expect(out.terms).toEqual([
      { term: 'green-mine', passage: 'top' },
      { term: 'green-mine', passage: 'body' },
      { term: 'reclamation', passage: 'body' },
    ]);
    const html = render(out.Content);
    expect(html).toBe(
      '<h2 id="top">A <dfn data-term="green-mine">green mine</dfn></h2>\n' +
        '<p id="body">The green mine and <dfn data-term="reclamation">reclamation</dfn>.</p>',
    );
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
