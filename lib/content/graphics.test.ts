import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanFixtures, expectContentError, fixtureSite, refusesEach } from '../testing/fixtures/content/site-fixture';
import { drawnSiteProblems, loadMap } from './map';

/**
 * The content behind the site's graphics (diagrams, the before/after pairs, the scale chart, the locator map):
 * each file is checked by the same path as the rest of content/, so a mistake names the file, field and line.
 * Every case is a negative control of one schema or cross-check.
 */
afterAll(cleanFixtures);
const diagrams = 'content/diagrams.json';
const pairs = 'content/charts/before-after.json';
const scale = 'content/charts/pv-belt-scale.json';
const places = 'content/map/places.json';
const base = 'content/map/base.json';

describe('diagrams.json', () => {
  refusesEach([
    {
      name: 'an entry with no drawing',
      file: diagrams,
      from: '"terraces": {',
      to: '"ponds": {',
      line: 4,
      field: 'diagrams › ponds',
      says: ['has no drawing', 'lib/diagrams'],
    },
    {
      name: 'an empty title',
      file: diagrams,
      from: '"en": "Title terraces"',
      to: '"en": ""',
      line: 11,
      field: 'diagrams › terraces › title › en',
      says: ['must not be empty'],
    },
  ]);
  it('a drawing told in steps given fewer steps than it draws', async () => {
    const site = await fixtureSite();
    site.json<{ diagrams: Record<string, { steps?: unknown[] }> }>(diagrams, (d) => void d.diagrams.terraces!.steps!.pop());
    await expectContentError(site.load(), {
      file: diagrams,
      field: 'diagrams › terraces › steps',
      line: 4,
      says: ['needs 3 steps', 'not 2'],
    });
  });
  it('steps for a drawing that has none', async () => {
    const site = await fixtureSite();
    site.json<{ diagrams: Record<string, { steps?: unknown[] }> }>(diagrams, (d) => {
      d.diagrams['hill-layers']!.steps = d.diagrams.terraces!.steps;
    });
    await expectContentError(site.load(), { file: diagrams, field: 'diagrams › hill-layers › steps', line: 'any', says: ['has no steps'] });
  });
  describe('a diagram’s term (its page shows the diagram, linked to the passage it follows)', () => {
    const withTerm = (site: Awaited<ReturnType<typeof fixtureSite>>, term: string) =>
      site.json<{ diagrams: Record<string, { term?: string }> }>(diagrams, (d) => void (d.diagrams.terraces!.term = term));
    const place = (site: Awaited<ReturnType<typeof fixtureSite>>) => {
      for (const locale of ['zh', 'en'])
        site.replace(`content/articles/restoration/${locale}.mdx`, '{#plan}\n', '{#plan}\n\n<Diagram id="terraces" />\n');
    };
    it('is listed on the term, with the passage the diagram follows', async () => {
      const site = await fixtureSite();
      withTerm(site, 'green-mine');
      place(site);
      const { terms } = await site.load();
      expect(terms.find((t) => t.id === 'green-mine')!.diagrams).toEqual([
        { diagram: 'terraces', section: 'restoration', passage: 'plan' },
      ]);
    });
    it('an unknown term stops the build (control)', async () => {
      const site = await fixtureSite();
      withTerm(site, 'nope');
      place(site);
      await expectContentError(site.load(), {
        file: diagrams,
        field: 'diagrams › terraces › term',
        line: 'any',
        says: ['unknown term "nope"'],
      });
    });
    it('a diagram placed after a passage that does not link its term stops the build (control)', async () => {
      const site = await fixtureSite();
      withTerm(site, 'reclamation');
      place(site);
      await expectContentError(site.load(), {
        file: diagrams,
        field: 'diagrams › terraces › term',
        line: 'any',
        says: ['#plan', 'does not link'],
      });
    });
    it('a diagram with a term that no article places stops the build (control)', async () => {
      const site = await fixtureSite();
      withTerm(site, 'green-mine');
      await expectContentError(site.load(), {
        file: diagrams,
        field: 'diagrams › terraces › term',
        line: 'any',
        says: ['no article places'],
      });
    });
  });
  it('a drawing with no entry', async () => {
    const site = await fixtureSite();
    site.json<{ diagrams: Record<string, unknown> }>(diagrams, (d) => void delete d.diagrams['shares-chain']);
    await expectContentError(site.load(), { file: diagrams, field: 'diagrams', line: undefined, says: ['has no entry "shares-chain"'] });
  });
});

describe('charts', () => {
  refusesEach([
    {
      name: 'a before/after pair naming an unknown photo',
      file: pairs,
      from: '"after": "field"',
      to: '"after": "nope"',
      line: 6,
      field: 'pairs[0] › after',
      says: ['unknown photo "nope"'],
    },
    {
      name: 'a pair title without its English',
      file: pairs,
      from: '"zh": "山→田",\n        "en": "Hill → field"',
      to: '"zh": "山→田"',
      line: 7,
      field: 'pairs[0] › title › en',
      says: ['is missing'],
    },
    {
      name: 'the scale figure citing a passage that does not exist',
      file: scale,
      from: '"id": "pv-belt"',
      to: '"id": "nope"',
      line: 8,
      field: 'belt › passage › id',
      says: ['targets#nope is not a passage'],
    },
    {
      name: 'the scale figure citing an unknown section',
      file: scale,
      from: '"section": "targets"',
      to: '"section": "mines"',
      line: 7,
      field: 'belt › passage › section',
    },
    {
      name: 'a reference area written as text',
      file: scale,
      from: '"ha": 297',
      to: '"ha": "297"',
      line: 16,
      field: 'reference › ha',
    },
  ]);
});

describe('map', () => {
  refusesEach([
    {
      name: 'a placed site without the address of its source',
      file: places,
      from: '"sourceUrl": "https://zh.wikipedia.org/wiki/%E5%87%86%E6%A0%BC%E5%B0%94%E6%97%97",\n      "labelAt": "e"',
      to: '"labelAt": "e"',
      line: 44,
      field: 'sites[0] "xuejiawan"',
      says: ['needs sourceUrl'],
    },
    {
      name: 'a site "in" a town that is not placed',
      file: places,
      from: '"inTown": "xuejiawan"',
      to: '"inTown": "baotou"',
      line: 65,
      field: 'sites[1] "heidaigou" › inTown',
      says: ['"baotou" is not a site with lonLat'],
    },
    {
      name: 'a drawn site where places.json does not put it',
      file: base,
      from: '"lonLat": [111.22676, 39.86546]',
      to: '"lonLat": [111.5, 39.86546]',
      line: 28,
      field: 'sites',
      says: ['"xuejiawan" is drawn at 111.5, 39.86546', 'lib/map/build.ts'],
    },
    {
      name: 'a river line with a bad field',
      file: base,
      from: '"major": true',
      to: '"major": "yes"',
      line: 'any',
      field: 'rivers[0] › major',
    },
  ]);

  it('the real places.json: every placed site quotes its source’s coordinate and links to it, and base.json draws them', () => {
    const { places, base } = loadMap(path.join(process.cwd(), 'content'));
    const placed = places.sites.filter((s) => s.lonLat);
    expect(placed.map((s) => s.id)).toContain('xuejiawan');
    for (const s of placed) {
      expect(s.sourceUrl, s.id).toMatch(/^https:\/\//);
      // The source sentence gives the coordinate as published (degrees and minutes), not only our decimals.
      expect(s.source, s.id).toMatch(/\d+°\d+′/);
    }
    expect(drawnSiteProblems(places.sites, base.sites)).toEqual([]);
  });

  it('drawnSiteProblems reports a drawn site without a source, a moved one and a missing one', () => {
    expect(
      drawnSiteProblems(
        [
          { id: 'a', lonLat: [111, 39] },
          { id: 'b', lonLat: [110, 40] },
          { id: 'c', lonLat: null },
        ],
        [
          { id: 'a', lonLat: [111.5, 39] },
          { id: 'c', lonLat: [110, 39] },
        ],
      ),
    ).toEqual([
      '"a" is drawn at 111.5, 39, places.json says 111, 39',
      '"c" is drawn but places.json gives it no sourced coordinate',
      '"b" has a coordinate but is not drawn',
    ]);
  });
});
