/**
 * The DOM protocol of the site header, owned here. SiteHeader.tsx writes the header, its menu and its navigations
 * as static HTML (StaticHtml: never hydrated); SiteNav.client.tsx marks the current page in each navigation and
 * gives the menu its focus handling, LanguageSwitch.client.tsx measures the header to find the reader's place, and
 * app/styles/print.css unpins it on paper (checked by lib/testing/css-keys.test.ts).
 */
export const HEADER_ATTR = {
  /** On the sticky <header>. */
  header: 'data-site-header',
  /** On the site name's link (the browser tests measure how it wraps). */
  name: 'data-site-name',
  /** On the phone menu, a native <details>. */
  menu: 'data-site-menu',
  /** On each site navigation (the row's from 1280 px, the menu's below). */
  nav: 'data-site-nav',
} as const;

export const HEADER = {
  header: `[${HEADER_ATTR.header}]`,
  menu: `[${HEADER_ATTR.menu}]`,
  /** The site's own links in every site navigation. */
  navLinks: `[${HEADER_ATTR.nav}] a[href^="/"]`,
} as const;
