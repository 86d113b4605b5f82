import { afterAll, describe, it } from 'vitest';
import {
  cleanFixtures,
  expectContentError,
  fixtureSite,
  refusesEach,
  writePng,
  type FixtureSite,
} from '../testing/fixtures/content/site-fixture';

afterAll(cleanFixtures);
const file = 'content/photos.json';

async function loadWith(edit: (site: FixtureSite) => void | Promise<void>) {
  const site = await fixtureSite();
  await edit(site);
  return site.load();
}

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

  refusesEach([
    {
      name: 'a missing alt.en names the field path and the alt line',
      file,
      from: '"alt": { "zh": "绿色山坡", "en": "A green hillside" }',
      to: '"alt": { "zh": "绿色山坡" }',
      line: 10,
      field: 'photos[0] "hill" › alt › en',
      says: ['is missing'],
    },
    {
      // A field missing from photos[0] is reported on that entry (its id line), not on the same field in photos[1].
      name: 'a missing license is reported inside its own entry',
      file,
      from: '"credit": { "zh": "本站绘制", "en": "Drawn for this site" },\n      "license": "CC BY 4.0"',
      to: '"credit": { "zh": "本站绘制", "en": "Drawn for this site" }',
      line: 4,
      field: 'photos[0] "hill" › license',
    },
    {
      name: 'an empty alt text',
      file,
      from: '"zh": "绿色山坡"',
      to: '"zh": ""',
      line: 10,
      field: 'photos[0] "hill" › alt › zh',
      says: ['must not be empty'],
    },
    {
      name: 'a blank alt text',
      file,
      from: '"en": "Rows of apricot trees"',
      to: '"en": "   "',
      line: 21,
      field: 'photos[1] "field" › alt › en',
      says: ['must not be empty'],
    },
    {
      name: 'a photograph without a credit, on the entry’s id line (the credit it should hold is absent)',
      file,
      from: '"credit": { "zh": "测试摄影师", "en": "Test Photographer" },\n',
      to: '',
      line: 15,
      field: 'photos[1] "field" › credit',
      says: ['is missing', 'every photograph needs a credit'],
    },
    {
      name: 'an illustration credited to the Natural Resources Bureau, in Chinese',
      file,
      from: '"zh": "本站绘制"',
      to: '"zh": "准格尔旗自然资源局"',
      line: 11,
      field: 'photos[0] "hill" › credit',
      says: ['never credited to the bureau'],
    },
    {
      name: 'an illustration credited to the Natural Resources Bureau, in English',
      file,
      from: '"en": "Drawn for this site"',
      to: '"en": "Zhungeer Banner Natural Resources Bureau"',
      line: 11,
      field: 'photos[0] "hill" › credit',
      says: ['never credited to the bureau'],
    },
    {
      name: 'an illustration whose caption does not say so',
      file,
      from: '"zh": "复垦后的山坡（示意图）"',
      to: '"zh": "复垦后的山坡"',
      line: 9,
      field: 'photos[0] "hill" › caption',
      says: ['示意图'],
    },
    {
      name: 'a bad file path',
      file,
      from: '"file": "photos/hill.png"',
      to: '"file": "img/hill.png"',
      line: 5,
      field: 'photos[0] "hill" › file',
      says: ['photos/<name>'],
    },
    { name: 'an unknown kind', file, from: '"kind": "photograph"', to: '"kind": "painting"', line: 17, field: 'photos[1] "field" › kind' },
    {
      name: 'an unknown key',
      file,
      from: '"license": "CC BY 4.0"\n    },',
      to: '"license": "CC BY 4.0",\n      "author": "x"\n    },',
      line: 13,
      field: 'photos[0] "hill" › author',
      says: ['is not a known field'],
    },
    {
      name: 'a duplicate photo id is reported on the second entry',
      file,
      from: '"id": "field"',
      to: '"id": "hill"',
      line: 15,
      field: 'photo id',
      says: ['"hill" is used twice'],
    },
    {
      // The parser names the line of the stray comma (JSON.parse's own message has no position for it).
      name: 'photos.json not JSON',
      file,
      from: '"photos": [',
      to: '"photos": [,',
      line: 2,
      field: '(file)',
      says: ['is not valid JSON'],
    },
  ]);

  it('photos.json missing', async () => {
    await expectContentError(
      loadWith((s) => s.remove(file)),
      { file, line: undefined, field: '(file)', says: ['is missing'] },
    );
  });
});
