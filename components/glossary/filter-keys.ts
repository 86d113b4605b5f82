/**
 * The DOM protocol of the glossary filter, owned here. GlossaryIndex.tsx writes the list as static HTML (never
 * hydrated) with each entry's folded search text and its group marked; GlossaryFilter.client.tsx finds the list by
 * its id and hides the entries that do not match, and the groups left empty.
 */
export const FILTER_ATTR = {
  /** On each entry's list item: its folded Chinese, pinyin, English and aliases (lib/glossary/text.ts filterText). */
  item: 'data-filter',
  /** On each group of entries (a category or an initial). */
  group: 'data-filter-group',
} as const;

export const FILTER = {
  /** The id of the static list the filter works on. */
  listId: 'glossary-list',
  item: `[${FILTER_ATTR.item}]`,
  group: `[${FILTER_ATTR.group}]`,
  /** An entry the filter has not hidden. */
  shownItem: `[${FILTER_ATTR.item}]:not([hidden])`,
} as const;
