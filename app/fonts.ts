import localFont from 'next/font/local';

/**
 * The display faces, headings only (body text stays on the reader's system fonts). next/font serves them from the
 * site's own origin under /_next/static/media with `font-display: swap`, and sets each face's name as a CSS
 * variable on <html> (app/[locale]/layout.tsx) that the heading stacks in globals.css use.
 *
 * - Latin: Newsreader SemiBold (Production Type, SIL Open Font License 1.1; `@fontsource/newsreader`), a face
 *   drawn for news headlines. next/font adds a fallback face on Times New Roman (and its metric twins) with
 *   size-adjust and ascent/descent overrides computed from the file, so the swap moves no line.
 * - Chinese: Noto Serif SC Bold (SIL OFL 1.1; `@fontsource/noto-serif-sc`), cut at build time to the characters
 *   of the site's Chinese titles in slices by `unicode-range` (lib/fonts/build.ts, which says why not next/font);
 *   the layout imports its CSS. Its fallback face with matched metrics is in globals.css.
 *
 * Not preloaded: a preload would fetch it on every page, and each page needs only its own language's face.
 */
export const displayLatin = localFont({
  src: '../node_modules/@fontsource/newsreader/files/newsreader-latin-600-normal.woff2',
  weight: '500 900',
  display: 'swap',
  preload: false,
  variable: '--font-display-latin',
  adjustFontFallback: 'Times New Roman',
});
