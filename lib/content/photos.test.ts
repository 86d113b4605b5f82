import { afterAll, describe, it } from 'vitest';
import { cleanFixtures, expectContentError, fixtureSite, writePng, type FixtureSite } from './__fixtures__/site-fixture';

afterAll(cleanFixtures);
const file = 'content/photos.json';

async function loadWith(edit: (site: FixtureSite) => void | Promise<void>) {
  const site = await fixtureSite();
  await edit(site);
  return site.load();
}
const replace = (from: string, to: string) => loadWith((s) => s.replace(file, from, to));

describe('photos.json and photo files', () => {
  it('a missing image file', async () => {
    await expectContentError(
      loadWith((s) => s.remove('public/photos/hill.png')),
      { file, line: 5, field: 'photos[0] "hill" › file', says: ['public/photos/hill.png does not exist'] },
    );
  });

  it('an image narrower than 1600 px (and 1600 px is enough: see the valid fixture)', async () => {
    await expectContentError(
      loadWith((s) => writePng(s.at('public/photos/field.png'), 1599, 1000)),
      { file, line: 16, field: 'photos[1] "field" › file', says: ['is 1599 px wide; at least 1600 px is needed'] },
    );
  });

  // sharp rejects a file that is not an image; the error must still name photos.json, the photo and its file line.
  it('a file that is not an image names the photo', async () => {
    await expectContentError(
      loadWith((s) => s.write('public/photos/hill.png', 'not a png')),
      { file, line: 5, field: 'photos[0] "hill" › file', says: ['public/photos/hill.png is not a readable image'] },
    );
  });

  it('a missing alt.en names the field path and the alt line', async () => {
    await expectContentError(replace('"alt": { "zh": "绿色山坡", "en": "A green hillside" }', '"alt": { "zh": "绿色山坡" }'), {
      file,
      line: 10,
      field: 'photos[0] "hill" › alt › en',
      says: ['is missing'],
    });
  });

  // With bilingual objects written over several lines, a missing alt.en must not point at place.en, another field.
  it('a missing alt.en in a multi-line file points at the alt line, not at place.en', async () => {
    const site = await fixtureSite();
    site.json<{ photos: { alt: { en?: string } }[] }>(file, (d) => delete d.photos[0]!.alt.en); // re-written pretty-printed: "place": {\n "zh": ..,\n "en": ..
    const altLine =
      site
        .read(file)
        .split('\n')
        .findIndex((l) => l.includes('"alt"')) + 1;
    await expectContentError(site.load(), { file, line: altLine, field: 'photos[0] "hill" › alt › en' });
  });

  // A field missing from photos[0] is reported on that entry (its id line), not on the same field in photos[1].
  it('a missing license is reported inside its own entry', async () => {
    await expectContentError(
      replace(
        '"credit": { "zh": "本站绘制", "en": "Drawn for this site" },\n      "license": "CC BY 4.0"',
        '"credit": { "zh": "本站绘制", "en": "Drawn for this site" }',
      ),
      {
        file,
        line: 4,
        field: 'photos[0] "hill" › license',
      },
    );
  });

  it('an empty or blank alt text', async () => {
    await expectContentError(replace('"zh": "绿色山坡"', '"zh": ""'), {
      file,
      line: 10,
      field: 'photos[0] "hill" › alt › zh',
      says: ['must not be empty'],
    });
    await expectContentError(replace('"en": "Rows of apricot trees"', '"en": "   "'), {
      file,
      line: 21,
      field: 'photos[1] "field" › alt › en',
      says: ['must not be empty'],
    });
  });

  it('a photograph without a credit', async () => {
    await expectContentError(replace('"credit": { "zh": "测试摄影师", "en": "Test Photographer" },\n', ''), {
      file,
      line: 15, // the entry's id line: the credit it should hold is absent
      field: 'photos[1] "field" › credit',
      says: ['is missing', 'every photograph needs a credit'],
    });
  });

  it('an illustration credited to the Natural Resources Bureau, in either language', async () => {
    const want = { file, line: 11, field: 'photos[0] "hill" › credit', says: ['never credited to the bureau'] };
    await expectContentError(replace('"zh": "本站绘制"', '"zh": "准格尔旗自然资源局"'), want);
    await expectContentError(replace('"en": "Drawn for this site"', '"en": "Zhungeer Banner Natural Resources Bureau"'), want);
  });

  it('an illustration whose caption does not say so', async () => {
    await expectContentError(replace('"zh": "复垦后的山坡（示意图）"', '"zh": "复垦后的山坡"'), {
      file,
      line: 9,
      field: 'photos[0] "hill" › caption',
      says: ['示意图'],
    });
  });

  it('schema errors: a bad file path, an unknown kind, an unknown key', async () => {
    await expectContentError(replace('"file": "photos/hill.png"', '"file": "img/hill.png"'), {
      file,
      line: 5,
      field: 'photos[0] "hill" › file',
      says: ['photos/<name>'],
    });
    await expectContentError(replace('"kind": "photograph"', '"kind": "painting"'), { file, line: 17, field: 'photos[1] "field" › kind' });
    await expectContentError(replace('"license": "CC BY 4.0"\n    },', '"license": "CC BY 4.0",\n      "author": "x"\n    },'), {
      file,
      line: 13,
      field: 'photos[0] "hill" › author',
      says: ['is not a known field'],
    });
  });

  it('a duplicate photo id is reported on the second entry', async () => {
    await expectContentError(replace('"id": "field"', '"id": "hill"'), {
      file,
      line: 15,
      field: 'photo id',
      says: ['"hill" is used twice'],
    });
  });

  it('photos.json missing or not JSON', async () => {
    await expectContentError(
      loadWith((s) => s.remove(file)),
      { file, line: undefined, field: '(file)', says: ['is missing'] },
    );
    // The parser names the line of the stray comma (JSON.parse's own message has no position for it).
    await expectContentError(replace('"photos": [', '"photos": [,'), {
      file,
      line: 2,
      field: '(file)',
      says: ['is not valid JSON'],
    });
  });
});
