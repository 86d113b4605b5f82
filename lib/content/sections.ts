/** The three section articles, in reading order. Ids are URL slugs, the same in both locales. */
export const sectionIds = ['restoration', 'industries', 'targets'] as const;
export type SectionId = (typeof sectionIds)[number];

export function isSectionId(value: unknown): value is SectionId {
  return typeof value === 'string' && (sectionIds as readonly string[]).includes(value);
}
