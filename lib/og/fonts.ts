import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Fonts for the link-preview cards, read from the installed @fontsource/noto-sans-sc package at build time.
 *
 * Why these files: satori (inside next/og) cannot read WOFF2, so the `.woff` files are used; and satori keeps
 * one font per family name and weight, so the Latin subset and the Chinese subset are registered under two
 * different family names and both are listed in `fontFamily` (satori falls back per glyph along that list).
 * A glyph missing from every listed font makes next/og fetch a font from Google at render time: the card
 * never relies on that (lib/og/card.test.ts renders every real card with fetch blocked).
 */
export const ogFontFamily = 'OgLatin, OgSC';
/**
 * Noto Sans SC draws curly quotes, apostrophes and the middle dot full-width (right for Chinese, a gap in
 * “Banner’s”): English cards set those characters in Geist, the sans that ships inside next/og itself.
 */
export const ogPunctFamily = 'OgPunct';
export const latinPunct = /([‘’“”·])/;
export type OgWeight = 400 | 700;

const dir = () => path.join(process.cwd(), 'node_modules/@fontsource/noto-sans-sc/files');

interface OgFont {
  name: string;
  data: ArrayBuffer;
  weight: OgWeight;
  style: 'normal';
}

let cache: OgFont[] | undefined;

function read(file: string): ArrayBuffer {
  return readAt(path.join(dir(), file));
}
function readAt(full: string): ArrayBuffer {
  const buf = readFileSync(full);
  // A standalone ArrayBuffer: a Buffer may be a view into a larger shared pool.
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

/** Latin and Simplified Chinese, regular and bold. Read once per process (≈ 3 MB). */
export function ogFonts(): OgFont[] {
  // Built whole, then cached: pushing onto the cached list added the punctuation font again on every call.
  cache ??= [
    ...([400, 700] as const).flatMap((weight) => [
      { name: 'OgLatin', data: read(`noto-sans-sc-latin-${weight}-normal.woff`), weight, style: 'normal' as const },
      { name: 'OgSC', data: read(`noto-sans-sc-chinese-simplified-${weight}-normal.woff`), weight, style: 'normal' as const },
    ]),
    {
      name: ogPunctFamily,
      data: readAt(path.join(process.cwd(), 'node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf')),
      weight: 400,
      style: 'normal',
    },
  ];
  return cache;
}
