/**
 * The DOM protocol of the gallery grid, owned here. GalleryGrid.tsx (plain server markup) marks the grid and each
 * photo link; GalleryLinks.client.tsx opens a marked link in the photo modal, and PhotoDialog.client.tsx returns
 * focus to it when the modal closes.
 */
export const GALLERY_ATTR = {
  /** On the grid's list. */
  grid: 'data-gallery-grid',
  /** On each photo's link: the photo id. */
  photo: 'data-photo',
} as const;

/** A photo link inside the grid. */
export const GALLERY_LINK = `[${GALLERY_ATTR.grid}] a[${GALLERY_ATTR.photo}]`;
