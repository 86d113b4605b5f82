import { afterAll, describe, it } from 'vitest';
import { cleanFixtures, expectContentError, fixtureSite } from './__fixtures__/site-fixture';

afterAll(cleanFixtures);
const zh = 'content/articles/restoration/zh.mdx';
const homeEn = 'content/home/en.mdx';

async function loadWith(file: string, from: string, to: string) {
  const site = await fixtureSite();
  site.replace(file, from, to);
  return site.load();
}

describe('frontmatter failures name file, line and field', () => {
  it('a date not written YYYY-MM-DD', async () => {
    await expectContentError(loadWith(zh, 'published: 2026-11-29', 'published: 29/11/2026'), {
      file: zh,
      line: 5,
      field: 'published',
      says: ['YYYY-MM-DD'],
    });
    await expectContentError(loadWith(zh, 'updated: 2026-11-29', 'updated: "next week"'), {
      file: zh,
      line: 6,
      field: 'updated',
      says: ['YYYY-MM-DD'],
    });
  });

  it('a missing title (no line to point at: the field is absent)', async () => {
    await expectContentError(loadWith(zh, "title: '生态修复'\n", ''), { file: zh, line: undefined, field: 'title', says: ['is missing'] });
  });

  it('an empty or whitespace-only title', async () => {
    await expectContentError(loadWith(zh, "title: '生态修复'", 'title: "  "'), {
      file: zh,
      line: 2,
      field: 'title',
      says: ['must not be empty'],
    });
  });

  it('a summary over 200 characters', async () => {
    await expectContentError(loadWith(zh, "summary: '准格尔旗如何修复矿区。'", `summary: "${'长'.repeat(201)}"`), {
      file: zh,
      line: 4,
      field: 'summary',
      says: ['at most 200'],
    });
  });

  it('an unknown extra field is named as the field, with its line', async () => {
    await expectContentError(loadWith(zh, 'hero: hill\n', 'hero: hill\nauthor: someone\n'), {
      file: zh,
      line: 8,
      field: 'author',
      says: ['is not a known field'],
    });
  });

  it('a hero that is not a photo id is reported on the hero line', async () => {
    await expectContentError(loadWith(zh, 'hero: hill', 'hero: nope'), {
      file: zh,
      line: 7,
      field: 'hero',
      says: ['unknown photo "nope"'],
    });
    await expectContentError(loadWith(zh, 'hero: hill', 'hero: Not A Slug'), {
      file: zh,
      line: 7,
      field: 'hero',
      says: ['lowercase slug'],
    });
  });

  // A quote or bracket left open is reported where it was opened, though the YAML parser only notices at a later line.
  it('invalid YAML is reported on the line to fix', async () => {
    await expectContentError(loadWith(zh, "title: '生态修复'", 'title: "生态修复'), {
      file: zh,
      line: 2,
      field: 'frontmatter',
      says: ['is not valid YAML'],
    });
    await expectContentError(loadWith(zh, "standfirst: '矿区变绿。'", 'standfirst: [a, b'), {
      file: zh,
      line: 3,
      field: 'frontmatter',
      says: ['is not valid YAML'],
    });
    await expectContentError(loadWith(zh, 'updated: 2026-11-29', 'title: again'), {
      file: zh,
      line: 6,
      field: 'frontmatter',
      says: ['is not valid YAML (Map keys must be unique)'],
    });
  });

  it('invalid YAML still fails when the same file is loaded a second time', async () => {
    const site = await fixtureSite();
    site.replace(zh, "title: '生态修复'", 'title: "生态修复');
    const want = { file: zh, line: 2, field: 'frontmatter', says: ['is not valid YAML'] };
    await expectContentError(site.load(), want);
    await expectContentError(site.load(), want);
  });

  it('article-only fields in the home page frontmatter', async () => {
    await expectContentError(loadWith(homeEn, "summary: 'The story of Zhungeer Banner.'\n", 'summary: "x"\nhero: hill\n'), {
      file: homeEn,
      line: 5,
      field: 'hero',
      says: ['is not a known field'],
    });
  });

  it('a missing home title', async () => {
    await expectContentError(loadWith(homeEn, "title: 'Green Mines of Zhungeer'\n", ''), {
      file: homeEn,
      line: undefined,
      field: 'title',
      says: ['is missing'],
    });
  });
});
