import { describe, expect, it } from 'vitest';
import { collapseSections, type Collapsible } from './collapse';

const passage = (id: string, section: string, title: string): Collapsible => ({
  id,
  kind: 'passage',
  section,
  titleSegments: [{ text: title, hit: false }],
});

describe('collapseSections', () => {
  it('keeps the best passage of a section heading and lists the others under it, in rank order', () => {
    const out = collapseSections([
      passage('a', 'industries', 'Under the panels'),
      passage('b', 'industries', 'A belt of forest'),
      passage('c', 'industries', 'Under the panels'),
      { id: 'photo:x', kind: 'photo', section: 'industries', titleSegments: [{ text: 'Under the panels', hit: false }] },
      passage('d', 'industries', 'Under the panels'),
    ]);
    expect(out.map((r) => r.id)).toEqual(['a', 'b', 'photo:x']);
    expect(out[0]!.more?.map((r) => r.id)).toEqual(['c', 'd']);
    expect(out[1]!.more).toBeUndefined();
    expect(out[2]!.more).toBeUndefined();
  });

  it('keeps headings of the same wording in different sections apart, and counts highlights as one title', () => {
    const split: Collapsible = {
      id: 'c',
      kind: 'passage',
      section: 'targets',
      titleSegments: [
        { text: 'Under the ', hit: false },
        { text: 'panels', hit: true },
      ],
    };
    const out = collapseSections([passage('a', 'industries', 'Under the panels'), passage('b', 'targets', 'Under the panels'), split]);
    expect(out.map((r) => r.id)).toEqual(['a', 'b']);
    expect(out[1]!.more?.map((r) => r.id)).toEqual(['c']);
  });

  it('does not change its input', () => {
    const input = [passage('a', 's', 'T'), passage('b', 's', 'T')];
    collapseSections(input);
    expect(input[0]).not.toHaveProperty('more');
  });
});
