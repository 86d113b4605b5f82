import type { Article, Photo } from '@/lib/content';
import { passageHeading } from '@/lib/content/passages';
import { sectionIds, type SectionId, href } from '@/lib/routes';
import type { Locale } from '@/lib/i18n/routing';

/**
 * The gallery's reading order: grouped by section in the order of the articles, manifest order within a
 * section. The grid, the photo pages' previous/next links and the modal's arrow keys all use this one order,
 * so "next" always means the photo to the right of (or below) this one in the grid.
 */
export function galleryOrder<T extends Pick<Photo, 'section'>>(photos: readonly T[]): T[] {
  return sectionIds.flatMap((section) => photos.filter((p) => p.section === section));
}

export function groupBySection<T extends Pick<Photo, 'section'>>(photos: readonly T[]): { section: SectionId; photos: T[] }[] {
  return sectionIds.map((section) => ({ section, photos: photos.filter((p) => p.section === section) })).filter((g) => g.photos.length > 0);
}

/** The photos before and after `id` in gallery order (no wrap-around: the ends have one neighbour). */
export function neighbours<T extends Pick<Photo, 'id' | 'section'>>(
  photos: readonly T[],
  id: string,
): { prev?: T; next?: T; index: number; total: number } {
  const ordered = galleryOrder(photos);
  const index = ordered.findIndex((p) => p.id === id);
  if (index < 0) return { index: -1, total: ordered.length };
  return { prev: ordered[index - 1], next: ordered[index + 1], index, total: ordered.length };
}

export interface PhotoUse {
  section: SectionId;
  /** `/{locale}/{section}#{passage}` or the article top for a hero. */
  href: string;
  hero: boolean;
  /** The heading the passage stands under (or is), for a readable link; absent for a hero. */
  heading?: string;
}

/**
 * Where a photo illustrates the text, as links: the passage it follows (a Figure/Gallery placed after a
 * paragraph links to that paragraph) or the article top for a hero.
 */
export function photoUses(photo: Pick<Photo, 'usedIn'>, locale: Locale, articles: Record<SectionId, Article>): PhotoUse[] {
  return photo.usedIn.map((use) => {
    if (use.hero || !use.after) return { section: use.section, href: href.article(locale, use.section), hero: true };
    const heading = passageHeading(articles[use.section], use.after)?.text;
    return { section: use.section, href: href.passage(locale, use.section, use.after), hero: false, heading };
  });
}
