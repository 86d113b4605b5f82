/**
 * The Chinese display face, cut at build time to the characters the site's Chinese titles use, in three slices.
 * Run by lib/build/prebuild.ts (after the content has loaded) and by `npx tsx lib/fonts/build.ts`.
 *
 * Source: Noto Serif SC Bold from the `@fontsource/noto-serif-sc` package (SIL Open Font License 1.1), its one
 * file for Simplified Chinese (about 1.5 MB). `subset-font` (HarfBuzz's hb-subset, compiled to WebAssembly) keeps
 * only the glyphs each slice needs and writes WOFF2 to `lib/fonts/generated/`, with `display-zh.css`: one
 * `@font-face` per slice, all of the family 'Display Chinese', each with the `unicode-range` of its characters, so a
 * browser fetches only the slices whose characters the page's headings hold (CSS Fonts 4 §4.5). The slices follow
 * where titles appear: what every page and the home page set (about 40 % of the glyphs, all the home page needs), what
 * the articles add, and the rest (glossary terms, picture titles, the other pages). app/[locale]/layout.tsx imports
 * the CSS; the bundler serves the files from the site's own origin under hashed names, cached for good.
 *
 * next/font/local, which the Latin face uses, takes a `unicode-range` only as a literal in the source, so generated
 * ranges cannot go through it; the Chinese face's metric-matched fallback is in app/globals.css either way.
 *
 * The character list (`display-zh.txt`, every slice together) is for the browser test that checks each Chinese
 * title is covered. All of it is build output (gitignored), like the search index.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { loadSite, type Site } from '../content/site';
import { sectionIds } from '../routes';

const require = createRequire(import.meta.url);
export const sourceFont = require.resolve('@fontsource/noto-serif-sc/files/noto-serif-sc-chinese-simplified-700-normal.woff2');
export const generatedDir = path.join(import.meta.dirname, 'generated');

/** Message keys whose strings are set as titles (headings, card and section titles, the site's name). */
const titleKey = /(title|heading|siteName|contents|^name$)/i;

/** Message objects whose every string is set as a heading (the glossary's category headings). */
const headingGroups = new Set(['categories']);

function messageTitles(messages: unknown): string[] {
  const out: string[] = [];
  const walk = (value: unknown, key: string, group = '') => {
    if (typeof value === 'string') {
      if (titleKey.test(key) || headingGroups.has(group)) out.push(value);
    } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k, key);
  };
  walk(messages, '');
  return out;
}

type Slices = { first: string[]; articles: string[]; rest: string[] };

/**
 * Message namespaces whose titles every page or the home page shows, and those the articles add. The glossary's
 * headings join the first slice: its index sets the terms in system serifs, so with them it needs no other slice.
 */
const firstNamespaces = new Set(['common.json', 'home.json', 'story.json', 'article.json', 'glossary.json']);
const articleNamespaces = new Set(['cite.json', 'share.json']);

/** The Chinese strings the site sets in its display face, by the slice they belong to. */
export function displayTexts(site: Site, root = process.cwd()): Slices {
  const slices: Slices = { first: [site.home.zh.title], articles: [], rest: [] };
  for (const section of sectionIds) {
    const a = site.articles[section].zh;
    slices.first.push(a.title, a.displayTitle ?? '');
    slices.articles.push(...a.passages.filter((p) => p.kind === 'heading').map((p) => p.text));
  }
  for (const f of site.figures) slices.first.push(typeof f.value === 'string' ? f.value : f.value.zh, f.unit.zh, f.label.zh);
  for (const e of site.timeline) slices.first.push(e.title.zh);
  for (const p of site.beforeAfter) slices.first.push(p.title.zh);
  for (const d of Object.values(site.diagrams)) slices.first.push(d.title.zh);
  for (const p of site.photos) slices.rest.push(p.caption.zh);
  for (const t of site.terms) slices.rest.push(t.zh, t.pinyin);
  const dir = path.join(root, 'content/messages/zh');
  // Every namespace file there is, so a new one's titles are in the subset without a list to keep up.
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort())
    slices[firstNamespaces.has(file) ? 'first' : articleNamespaces.has(file) ? 'articles' : 'rest'].push(
      ...messageTitles(JSON.parse(readFileSync(path.join(dir, file), 'utf8'))),
    );
  return slices;
}

/** The characters to keep: those of the text, plus printable ASCII and the punctuation titles commonly use. */
export function glyphSet(text: string): string {
  const ascii = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
  const chars = new Set([...text, ...ascii, ...'–—‘’“”·…、，。：；！？（）《》〈〉「」'].filter((c) => !/\s/u.test(c) || c === ' '));
  return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

/**
 * The slices' characters: each character in the first slice that has it (first, articles, rest), so they do not
 * overlap; printable ASCII and common title punctuation go in the first.
 */
export function sliceGlyphs(slices: Slices): string[] {
  const taken = new Set<string>();
  return [glyphSet(slices.first.join('')), slices.articles.join(''), slices.rest.join('')].map((text) => {
    const chars = [...new Set([...text])].filter((c) => !taken.has(c) && (!/\s/u.test(c) || c === ' '));
    for (const c of chars) taken.add(c);
    return chars.sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
  });
}

/** A CSS unicode-range for these characters: runs of consecutive code points as ranges (U+4E00-4E03). */
export function unicodeRange(chars: string): string {
  const points = [...new Set([...chars].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < points.length;) {
    let j = i;
    while (j + 1 < points.length && points[j + 1] === points[j]! + 1) j++;
    const hex = (n: number) => n.toString(16).toUpperCase();
    out.push(i === j ? `U+${hex(points[i]!)}` : `U+${hex(points[i]!)}-${hex(points[j]!)}`);
    i = j + 1;
  }
  return out.join(', ');
}

export async function writeDisplayFonts(site: Site) {
  const source = readFileSync(sourceFont);
  const slices = sliceGlyphs(displayTexts(site)).filter((glyphs) => glyphs.length > 0);
  mkdirSync(generatedDir, { recursive: true });
  for (const old of readdirSync(generatedDir)) if (/^display-zh.*\.woff2$/.test(old)) rmSync(path.join(generatedDir, old));
  const faces: string[] = [];
  const sizes: string[] = [];
  for (const [i, glyphs] of slices.entries()) {
    const woff2 = await subsetFont(source, glyphs, { targetFormat: 'woff2' });
    writeFileSync(path.join(generatedDir, `display-zh-${i}.woff2`), woff2);
    sizes.push(`${[...glyphs].length} characters, ${(woff2.length / 1024).toFixed(1)} KiB`);
    faces.push(
      `@font-face {\n  font-family: 'Display Chinese';\n  src: url('./display-zh-${i}.woff2') format('woff2');\n` +
        `  font-weight: 500 900;\n  font-style: normal;\n  font-display: swap;\n  unicode-range: ${unicodeRange(glyphs)};\n}\n`,
    );
  }
  writeFileSync(
    path.join(generatedDir, 'display-zh.css'),
    `/* Written by lib/fonts/build.ts from the site's Chinese titles: Noto Serif SC Bold (SIL OFL 1.1), in slices. */\n` + faces.join(''),
  );
  writeFileSync(path.join(generatedDir, 'display-zh.txt'), slices.join('') + '\n');
  console.log(`display font zh: ${slices.length} slices (${sizes.join('; ')})`);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) await writeDisplayFonts(await loadSite());
