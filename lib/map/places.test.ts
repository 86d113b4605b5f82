import { describe, expect, it } from 'vitest';
import places from '../../content/map/places.json';
import { drawnSiteProblems, mapBase, mapPlaces, placesSchema } from './index';

describe('content/map/places.json', () => {
  it('parses, and every placed site quotes its source’s coordinate and links to it', () => {
    const { sites } = mapPlaces();
    const placed = sites.filter((s) => s.lonLat);
    expect(placed.map((s) => s.id)).toContain('xuejiawan');
    for (const s of placed) {
      expect(s.sourceUrl, s.id).toMatch(/^https:\/\//);
      // The source sentence gives the coordinate as published (degrees and minutes), not only our decimals.
      expect(s.source, s.id).toMatch(/\d+°\d+′/);
    }
  });

  it('refuses a site with a coordinate but no published source, and a site "in" a town that is not placed (negative control)', () => {
    const bad = structuredClone(places) as { sites: Record<string, unknown>[] };
    bad.sites[0] = { ...bad.sites[0], sourceUrl: undefined };
    expect(placesSchema.safeParse(bad).success).toBe(false);
    const orphan = structuredClone(places) as { sites: Record<string, unknown>[] };
    orphan.sites.push({ id: 'x', name: { zh: '某地', en: 'X' }, lonLat: null, inTown: 'narisong', known: null, source: 'none' });
    expect(placesSchema.safeParse(orphan).success).toBe(false);
  });

  it('content/map/base.json draws exactly the placed sites, where places.json puts them', () => {
    expect(drawnSiteProblems(mapPlaces().sites, mapBase.sites)).toEqual([]);
  });

  it('reports a drawn site without a source, a moved one and a missing one (negative control)', () => {
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
