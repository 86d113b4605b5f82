import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content';
import type { SectionId } from '@/lib/routes';
import { galleryOrder, groupBySection, neighbours, photoUses } from './index';

const photos = [
  { id: 'a', section: 'industries' as const },
  { id: 'b', section: 'restoration' as const },
  { id: 'c', section: 'targets' as const },
  { id: 'd', section: 'industries' as const },
];

describe('gallery order', () => {
  it('groups by section in article order and keeps manifest order within a section', () => {
    expect(galleryOrder(photos).map((p) => p.id)).toEqual(['b', 'a', 'd', 'c']);
    expect(groupBySection(photos).map((g) => [g.section, g.photos.map((p) => p.id)])).toEqual([
      ['restoration', ['b']],
      ['industries', ['a', 'd']],
      ['targets', ['c']],
    ]);
  });
  it('gives neighbours in that order, with none past the ends', () => {
    expect(neighbours(photos, 'a')).toMatchObject({ prev: { id: 'b' }, next: { id: 'd' }, index: 1, total: 4 });
    expect(neighbours(photos, 'b').prev).toBeUndefined();
    expect(neighbours(photos, 'c').next).toBeUndefined();
    expect(neighbours(photos, 'nope')).toEqual({ index: -1, total: 4 });
  });
});

describe('photo uses', () => {
  const article = (passages: { id: string; kind: 'heading' | 'paragraph'; text: string; heading?: string }[]) =>
    ({ passages: passages.map((p) => ({ ...p, line: 1 })) }) as unknown as Article;
  const articles = {
    restoration: article([
      { id: 'h', kind: 'heading', text: 'Standards first' },
      { id: 'p', kind: 'paragraph', text: 'Body', heading: 'h' },
    ]),
    industries: article([]),
    targets: article([]),
  } as Record<SectionId, Article>;

  it('links a hero to the article top and a figure to the passage it follows, named by its heading', () => {
    const uses = photoUses(
      {
        usedIn: [
          { section: 'restoration', hero: true },
          { section: 'restoration', after: 'p' },
        ],
      },
      'en',
      articles,
    );
    expect(uses).toEqual([
      { section: 'restoration', href: '/en/restoration', hero: true },
      { section: 'restoration', href: '/en/restoration#p', hero: false, heading: 'Standards first' },
    ]);
  });
});
