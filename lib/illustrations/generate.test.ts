import { describe, expect, it } from 'vitest';
import photos from '@/content/photos.json';
import { renderSvg } from './render';
import { ARCHIVE, SCENES, SEED_OF } from './scenes/index';

describe('illustration generator', () => {
  it('draws the same SVG text twice for the same id (seeded by id, no hidden state)', () => {
    const ids = ['mine-truck-charging', 'goaf-before'];
    const first = ids.map(renderSvg);
    // a different scene in between must not change what comes next (the haze colour is per scene)
    renderSvg('xuejiawan-apricots');
    expect(ids.map(renderSvg)).toEqual(first);
  });

  it('has one scene for every illustration in the manifest, and none without one', () => {
    const illustrated = photos.photos.filter((p) => p.kind === 'illustration').map((p) => p.id);
    expect(Object.keys(SCENES).sort()).toEqual([...illustrated].sort());
  });

  it('draws every "before" half, and only those, in the archive style (sepia ink, ruled sky), not the colour one', () => {
    const archived = (id: string) => renderSvg(id).includes('filter="url(#archive)"');
    expect([...ARCHIVE].sort()).toEqual(Object.keys(SEED_OF).sort());
    for (const id of ARCHIVE) expect(archived(id), id).toBe(true);
    // Negative control: their "after" partners keep the colour style.
    for (const after of Object.values(SEED_OF)) expect(archived(after), after).toBe(false);
  });

  it('refuses an unknown id', () => {
    expect(() => renderSvg('no-such-scene')).toThrow(/unknown scene id/);
  });
});
