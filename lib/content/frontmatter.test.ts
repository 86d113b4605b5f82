import { afterAll, describe, it } from 'vitest';
import { cleanFixtures, expectContentError, fixtureSite, refusesEach } from '../testing/fixtures/content/site-fixture';

afterAll(cleanFixtures);
const zh = 'content/articles/restoration/zh.mdx';
const homeEn = 'content/home/en.mdx';

describe('frontmatter failures name file, line and field', () => {
  refusesEach([
    {
      name: 'a published date not written YYYY-MM-DD',
      file: zh,
      from: 'published: 2026-11-29',
      to: 'published: 29/11/2026',
      line: 5,
      field: 'published',
      says: ['YYYY-MM-DD'],
    },
    {
      name: 'an updated date not written YYYY-MM-DD',
      file: zh,
      from: 'updated: 2026-11-29',
      to: 'updated: "next week"',
      line: 6,
      field: 'updated',
      says: ['YYYY-MM-DD'],
    },
    // No line to point at: the field is absent, and the object that should hold it is the whole frontmatter.
    { name: 'a missing title', file: zh, from: "title: '生态修复'\n", to: '', line: undefined, field: 'title', says: ['is missing'] },
    {
      name: 'a whitespace-only title',
      file: zh,
      from: "title: '生态修复'",
      to: 'title: "  "',
      line: 2,
      field: 'title',
      says: ['must not be empty'],
    },
    {
      name: 'a summary over 200 characters',
      file: zh,
      from: "summary: '准格尔旗如何修复矿区。'",
      to: `summary: "${'长'.repeat(201)}"`,
      line: 4,
      field: 'summary',
      says: ['at most 200'],
    },
    {
      name: 'an unknown extra field is named as the field, with its line',
      file: zh,
      from: 'hero: hill\n',
      to: 'hero: hill\nauthor: someone\n',
      line: 8,
      field: 'author',
      says: ['is not a known field'],
    },
    {
      name: 'a hero that is not a photo id',
      file: zh,
      from: 'hero: hill',
      to: 'hero: nope',
      line: 7,
      field: 'hero',
      says: ['unknown photo "nope"'],
    },
    {
      name: 'a hero that is not a slug',
      file: zh,
      from: 'hero: hill',
      to: 'hero: Not A Slug',
      line: 7,
      field: 'hero',
      says: ['lowercase slug'],
    },
    // A quote or bracket left open is reported where it was opened, though the YAML parser only notices at a later line.
    {
      name: 'invalid YAML: a quote left open',
      file: zh,
      from: "title: '生态修复'",
      to: 'title: "生态修复',
      line: 2,
      field: 'frontmatter',
      says: ['is not valid YAML'],
    },
    {
      name: 'invalid YAML: a bracket left open',
      file: zh,
      from: "standfirst: '矿区变绿。'",
      to: 'standfirst: [a, b',
      line: 3,
      field: 'frontmatter',
      says: ['is not valid YAML'],
    },
    {
      name: 'invalid YAML: a key given twice, on the second',
      file: zh,
      from: 'updated: 2026-11-29',
      to: 'title: again',
      line: 6,
      field: 'frontmatter',
      says: ['is not valid YAML (Map keys must be unique)'],
    },
    {
      name: 'article-only fields in the home page frontmatter',
      file: homeEn,
      from: "summary: 'The story of Zhungeer Banner.'\n",
      to: 'summary: "x"\npublished: 2026-01-01\n',
      line: 5,
      field: 'published',
      says: ['is not a known field'],
    },
    {
      name: 'a home hero that is not a photo id',
      file: homeEn,
      from: 'hero: hill',
      to: 'hero: nope',
      line: 5,
      field: 'hero',
      says: ['unknown photo "nope"'],
    },
    {
      name: 'a missing home title',
      file: homeEn,
      from: "title: 'Green Mines of Zhungeer'\n",
      to: '',
      line: undefined,
      field: 'title',
      says: ['is missing'],
    },
  ]);

  it('invalid YAML still fails when the same file is loaded a second time', async () => {
    const site = await fixtureSite();
    site.replace(zh, "title: '生态修复'", 'title: "生态修复');
    const want = { file: zh, line: 2, field: 'frontmatter', says: ['is not valid YAML'] };
    await expectContentError(site.load(), want);
    await expectContentError(site.load(), want);
  });
});
