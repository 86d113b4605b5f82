/** The three section articles, in reading order. Ids are URL slugs, the same in both locales. */
export const sectionIds = ['restoration', 'industries', 'targets'] as const;
export type SectionId = (typeof sectionIds)[number];

export function isSectionId(value: unknown): value is SectionId {
  return typeof value === 'string' && (sectionIds as readonly string[]).includes(value);
}

/** One value per section, as a record (a new section id is a type error here until it is added). */
export function bySection<T>(value: (section: SectionId) => T): Record<SectionId, T> {
  return { restoration: value('restoration'), industries: value('industries'), targets: value('targets') };
}
