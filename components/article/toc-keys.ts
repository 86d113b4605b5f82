/**
 * The DOM protocol of the contents list, owned here. TableOfContents.tsx (static HTML) marks the rail and the
 * phones' drawer; TocSpy.client.tsx finds their links and the drawer through these; app/styles/header.css changes the
 * header on pages that have a contents list (checked by lib/testing/css-keys.test.ts).
 */
export const TOC_ATTR = {
  /** On each contents list (the rail and the drawer). */
  toc: 'data-toc',
  /** On the drawer (a popover) only. */
  drawer: 'data-toc-drawer',
} as const;

export const TOC = {
  links: `[${TOC_ATTR.toc}] a[href^="#"]`,
  drawer: `[${TOC_ATTR.drawer}]`,
} as const;
