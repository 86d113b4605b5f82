/**
 * The DOM protocol between the locator map (LocatorMap.tsx, UnplacedList.tsx) and its enlarged view
 * (MapDialog.client.tsx), owned here. The dialog finds the map's link through one delegated click listener, so
 * the link's attribute is the whole contract; the others name the dialog's parts for the tests that check it.
 */
export const MAP_ATTR = {
  /** On the map's link to the full-size SVG: clicking it opens the dialog instead (no JavaScript: the file). */
  enlarge: 'data-map-enlarge',
  /** On the dialog. */
  dialog: 'data-map-dialog',
  /** On each picture inside the dialog. */
  dialogImg: 'data-map-dialog-img',
  /** On the list of places the map cannot show. */
  unplaced: 'data-map-unplaced',
} as const;

export const MAP = { enlargeLink: `a[${MAP_ATTR.enlarge}]` } as const;
