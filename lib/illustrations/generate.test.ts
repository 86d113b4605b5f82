import { describe, expect, it } from 'vitest';
import photos from '@/content/photos.json';
import { renderSvg } from './generate';
import { SCENES } from './scenes/index';

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

  it('refuses an unknown id', () => {
    expect(() => renderSvg('no-such-scene')).toThrow(/unknown scene id/);
  });
});
