import { afterAll, describe, expect, it } from 'vitest';
import { figurePeriod } from './figures';
import { cleanFixtures, expectContentError, fixtureSite } from './__fixtures__/site-fixture';

afterAll(cleanFixtures);
const glossary = 'content/glossary.json';
const figures = 'content/figures.json';
const timeline = 'content/timeline.json';

async function loadWith(file: string, from: string, to: string) {
  const site = await fixtureSite();
  site.replace(file, from, to);
  return site.load();
}

describe('glossary.json', () => {
  it('a related id that is not a term', async () => {
    await expectContentError(loadWith(glossary, '"related": ["reclamation"]', '"related": ["nope"]'), {
      file: glossary,
      line: 14,
      field: 'terms[0] "green-mine" › related',
      says: ['names unknown term "nope"'],
    });
  });

  // The term's own "zh" (line 5) must not be taken for the definition's: the missing field is reported on the line of
  // the object that should hold it.
  it('a definition missing its zh text names the language and points at the definition line', async () => {
    await expectContentError(loadWith(glossary, '"zh": "按生态标准建设和运营的矿山。",\n', ''), {
      file: glossary,
      line: 9,
      field: 'terms[0] "green-mine" › definition › zh',
      says: ['is missing'],
    });
  });

  it('a missing definition, a bad category, an empty short text', async () => {
    await expectContentError(loadWith(glossary, '"id": "reclamation",', '"id": "reclamation", "x": 1,'), {
      file: glossary,
      line: 18,
      field: 'terms[1] "reclamation" › x',
      says: ['is not a known field'],
    });
    await expectContentError(loadWith(glossary, '"category": "industry"', '"category": "food"'), {
      file: glossary,
      line: 35,
      field: 'terms[2] "pv-plus" › category',
    });
    await expectContentError(
      loadWith(glossary, '"short": { "zh": "土地恢复", "en": "Land brought back" }', '"short": { "zh": "土地恢复", "en": "" }'),
      {
        file: glossary,
        line: 27, // the "short" line, not the term's own "en" (line 21)
        field: 'terms[1] "reclamation" › short › en',
        says: ['must not be empty'],
      },
    );
  });

  // Reported on the second entry with that id (line 31), not on `"related": ["reclamation"]` (14) or the first (18).
  it('a duplicate term id', async () => {
    await expectContentError(loadWith(glossary, '"id": "pv-plus"', '"id": "reclamation"'), {
      file: glossary,
      line: 31,
      field: 'term id',
      says: ['"reclamation" is used twice'],
    });
  });

  // Without its `[`, "terms" takes the first term as its value; the parser can only tell at the second term's `{`.
  it('invalid JSON', async () => {
    await expectContentError(loadWith(glossary, '"terms": [', '"terms": ['.slice(0, -1)), {
      file: glossary,
      line: 17,
      field: '(file)',
      says: ['is not valid JSON'],
    });
  });
});

describe('figures.json and timeline.json', () => {
  it('a figure pointing at a passage that does not exist', async () => {
    await expectContentError(loadWith(figures, '"id": "plan"', '"id": "nope"'), {
      file: figures,
      line: 9,
      field: 'figures[0] "measures" › passage',
      says: ['restoration#nope is not a passage'],
    });
  });

  it('a figure pointing at an unknown section', async () => {
    await expectContentError(loadWith(figures, '"section": "restoration"', '"section": "history"'), {
      file: figures,
      line: 9,
      field: 'figures[0] "measures" › passage › section',
    });
  });

  it('a figure without a label', async () => {
    await expectContentError(loadWith(figures, '"label": { "zh": "治理措施", "en": "Restoration measures" },\n', ''), {
      file: figures,
      line: 4,
      field: 'figures[0] "measures" › label',
      says: ['is missing'],
    });
  });

  // A figure must carry its period as the feature states it, or say plainly that the feature gives none.
  it('a figure with neither a stated period nor "not-stated"', async () => {
    await expectContentError(loadWith(figures, '      "period": { "zh": "2023年", "en": "2023" },\n', ''), {
      file: figures,
      line: 4,
      field: 'figures[0] "measures" › period',
      says: ['is missing', '"not-stated"'],
    });
    await expectContentError(loadWith(figures, '"period": { "zh": "2023年", "en": "2023" }', '"period": "2023–2025"'), {
      file: figures,
      line: 8,
      field: 'figures[0] "measures" › period',
      says: ['as the feature states it'],
    });
    // The old field is refused too, so a year of the site's own cannot slip back in beside the period.
    await expectContentError(loadWith(figures, '"period": { "zh": "2023年", "en": "2023" }', '"period": "not-stated", "year": "2023"'), {
      file: figures,
      line: 8,
      field: 'figures[0] "measures" › year',
      says: ['is not a known field'],
    });
  });

  it('a figure marked "not-stated" loads, and every page shows the same note for it', async () => {
    const site = await fixtureSite();
    site.replace(figures, '"period": { "zh": "2023年", "en": "2023" }', '"period": "not-stated"');
    const loaded = await site.load();
    expect(figurePeriod(loaded.figures[0]!, 'en')).toEqual({ stated: false, text: 'No date given in the feature' });
    expect(figurePeriod(loaded.figures[0]!, 'zh')).toEqual({ stated: false, text: '报道未注明时间' });
  });

  it('a timeline entry pointing at a passage that does not exist', async () => {
    await expectContentError(loadWith(timeline, '"id": "all-mines" }', '"id": "some-mines" }'), {
      file: timeline,
      line: 10,
      field: 'entries[0] "all-mines" › passage',
      says: ['targets#some-mines is not a passage'],
    });
  });

  it('a timeline entry with an unknown status', async () => {
    await expectContentError(loadWith(timeline, '"status": "goal"', '"status": "done"'), {
      file: timeline,
      line: 9,
      field: 'entries[0] "all-mines" › status',
    });
  });

  it('invalid JSON and a missing file', async () => {
    await expectContentError(loadWith(figures, '"figures": [', "'figures': ["), {
      file: figures,
      line: 2,
      field: '(file)',
      says: ['is not valid JSON'],
    });
    const site = await fixtureSite();
    site.remove(timeline);
    await expectContentError(site.load(), { file: timeline, line: undefined, field: '(file)', says: ['is missing'] });
  });
});

describe('redirects.json', () => {
  it('a redirect that is not a path', async () => {
    const site = await fixtureSite();
    site.write(
      'content/redirects.json',
      '{\n  "redirects": [\n    { "from": "/a", "to": "/zh" },\n    { "from": "b", "to": "/zh" }\n  ]\n}\n',
    );
    await expectContentError(site.load(), { file: 'content/redirects.json', line: 4, field: 'redirects[1] › from' });
  });
});
