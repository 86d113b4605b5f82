import { afterAll, describe, expect, it } from 'vitest';
import { figurePeriod } from './figures';
import { cleanFixtures, expectContentError, fixtureSite, refusesEach } from '../testing/fixtures/content/site-fixture';

afterAll(cleanFixtures);
const glossary = 'content/glossary.json';
const figures = 'content/figures.json';
const timeline = 'content/timeline.json';

describe('glossary.json', () => {
  refusesEach([
    {
      name: 'a related id that is not a term',
      file: glossary,
      from: '"related": ["reclamation"]',
      to: '"related": ["nope"]',
      line: 14,
      field: 'terms[0] "green-mine" › related',
      says: ['names unknown term "nope"'],
    },
    {
      // The term's own "zh" (line 5) must not be taken for the definition's: the missing field is reported on the
      // line of the object that should hold it.
      name: 'a definition missing its zh text names the language and points at the definition line',
      file: glossary,
      from: '"zh": "按生态标准建设和运营的矿山。",\n',
      to: '',
      line: 9,
      field: 'terms[0] "green-mine" › definition › zh',
      says: ['is missing'],
    },
    {
      name: 'an unknown field',
      file: glossary,
      from: '"id": "reclamation",',
      to: '"id": "reclamation", "x": 1,',
      line: 18,
      field: 'terms[1] "reclamation" › x',
      says: ['is not a known field'],
    },
    {
      name: 'a bad category',
      file: glossary,
      from: '"category": "industry"',
      to: '"category": "food"',
      line: 35,
      field: 'terms[2] "pv-plus" › category',
    },
    {
      name: 'an empty short text, on the "short" line, not the term’s own "en" (line 21)',
      file: glossary,
      from: '"short": { "zh": "土地恢复", "en": "Land brought back" }',
      to: '"short": { "zh": "土地恢复", "en": "" }',
      line: 27,
      field: 'terms[1] "reclamation" › short › en',
      says: ['must not be empty'],
    },
    {
      // Reported on the second entry with that id (line 31), not on `"related": ["reclamation"]` (14) or the first (18).
      name: 'a duplicate term id',
      file: glossary,
      from: '"id": "pv-plus"',
      to: '"id": "reclamation"',
      line: 31,
      field: 'term id',
      says: ['"reclamation" is used twice'],
    },
    {
      // Without its `[`, "terms" takes the first term as its value; the parser can only tell at the second term's `{`.
      name: 'invalid JSON',
      file: glossary,
      from: '"terms": [',
      to: '"terms": ',
      line: 17,
      field: '(file)',
      says: ['is not valid JSON'],
    },
  ]);
});

describe('figures.json and timeline.json', () => {
  refusesEach([
    {
      name: 'a figure pointing at a passage that does not exist',
      file: figures,
      from: '"id": "plan"',
      to: '"id": "nope"',
      line: 9,
      field: 'figures[0] "measures" › passage',
      says: ['restoration#nope is not a passage'],
    },
    {
      name: 'a figure pointing at an unknown section',
      file: figures,
      from: '"section": "restoration"',
      to: '"section": "history"',
      line: 9,
      field: 'figures[0] "measures" › passage › section',
    },
    {
      name: 'a figure without a label',
      file: figures,
      from: '"label": { "zh": "治理措施", "en": "Restoration measures" },\n',
      to: '',
      line: 4,
      field: 'figures[0] "measures" › label',
      says: ['is missing'],
    },
    // A figure must carry its period as the feature states it, or say plainly that the feature gives none.
    {
      name: 'a figure with no period',
      file: figures,
      from: '      "period": { "zh": "2023年", "en": "2023" },\n',
      to: '',
      line: 4,
      field: 'figures[0] "measures" › period',
      says: ['is missing', '"not-stated"'],
    },
    {
      name: 'a figure with a period of the site’s own words',
      file: figures,
      from: '"period": { "zh": "2023年", "en": "2023" }',
      to: '"period": "2023–2025"',
      line: 8,
      field: 'figures[0] "measures" › period',
      says: ['as the feature states it'],
    },
    {
      // The old field is refused too, so a year of the site's own cannot slip back in beside the period.
      name: 'a figure with the old year field',
      file: figures,
      from: '"period": { "zh": "2023年", "en": "2023" }',
      to: '"period": "not-stated", "year": "2023"',
      line: 8,
      field: 'figures[0] "measures" › year',
      says: ['is not a known field'],
    },
    {
      name: 'a timeline entry pointing at a passage that does not exist',
      file: timeline,
      from: '"id": "all-mines" }',
      to: '"id": "some-mines" }',
      line: 10,
      field: 'entries[0] "all-mines" › passage',
      says: ['targets#some-mines is not a passage'],
    },
    {
      name: 'a timeline entry with an unknown status',
      file: timeline,
      from: '"status": "goal"',
      to: '"status": "done"',
      line: 9,
      field: 'entries[0] "all-mines" › status',
    },
    {
      name: 'invalid JSON',
      file: figures,
      from: '"figures": [',
      to: "'figures': [",
      line: 2,
      field: '(file)',
      says: ['is not valid JSON'],
    },
  ]);

  it('a figure marked "not-stated" loads, and every page shows the same note for it', async () => {
    const site = await fixtureSite();
    site.replace(figures, '"period": { "zh": "2023年", "en": "2023" }', '"period": "not-stated"');
    const loaded = await site.load();
    expect(figurePeriod(loaded.figures[0]!, 'en')).toEqual({ stated: false, text: 'No date given in the feature' });
    expect(figurePeriod(loaded.figures[0]!, 'zh')).toEqual({ stated: false, text: '报道未注明时间' });
  });

  it('a missing file', async () => {
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
