/**
 * The Chinese display face, cut at build time to the characters the site's Chinese titles use. Run by
 * lib/build/prebuild.ts (after the content has loaded) and by `npx tsx lib/fonts/build.ts`.
 *
 * Source: Noto Serif SC Bold from the `@fontsource/noto-serif-sc` package (SIL Open Font License 1.1), its one
 * file for Simplified Chinese (about 1.5 MB). `subset-font` (HarfBuzz's hb-subset, compiled to WebAssembly) keeps
 * only the glyphs of `displayText(site)` and writes WOFF2: `lib/fonts/generated/display-zh.woff2`, which
 * app/fonts.ts hands to next/font (served from the site's own origin, `font-display: swap`). The character list is
 * written beside it (`display-zh.txt`) for the browser test that checks every Chinese title is covered. Both are
 * build output (gitignored), like the search index.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

function messageTitles(dir: string): string[] {
  const out: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (titleKey.test(key)) out.push(value);
    } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  // Every namespace file there is, so a new one's titles are in the subset without a list to keep up.
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort())
    walk(JSON.parse(readFileSync(path.join(dir, file), 'utf8')), '');
  return out;
}

/** Every Chinese string the site sets in its display face, as one text. */
export function displayText(site: Site, root = process.cwd()): string {
  const texts: string[] = [];
  for (const section of sectionIds) {
    const a = site.articles[section].zh;
    texts.push(a.title, a.displayTitle ?? '', ...a.passages.filter((p) => p.kind === 'heading').map((p) => p.text));
  }
  texts.push(site.home.zh.title);
  for (const p of site.photos) texts.push(p.caption.zh);
  for (const t of site.terms) texts.push(t.zh, t.pinyin);
  for (const f of site.figures) texts.push(typeof f.value === 'string' ? f.value : f.value.zh, f.unit.zh);
  for (const e of site.timeline) texts.push(e.title.zh);
  for (const p of site.beforeAfter) texts.push(p.title.zh);
  for (const d of Object.values(site.diagrams)) texts.push(d.title.zh);
  texts.push(...messageTitles(path.join(root, 'content/messages/zh')));
  return texts.join('');
}

/** The characters to keep: those of the text, plus printable ASCII and the punctuation titles commonly use. */
export function glyphSet(text: string): string {
  const ascii = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
  const chars = new Set([...text, ...ascii, ...'–—‘’“”·…、，。：；！？（）《》〈〉「」'].filter((c) => !/\s/u.test(c) || c === ' '));
  return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

export async function writeDisplayFonts(site: Site) {
  const glyphs = glyphSet(displayText(site));
  const woff2 = await subsetFont(readFileSync(sourceFont), glyphs, { targetFormat: 'woff2' });
  mkdirSync(generatedDir, { recursive: true });
  writeFileSync(path.join(generatedDir, 'display-zh.woff2'), woff2);
  writeFileSync(path.join(generatedDir, 'display-zh.txt'), glyphs + '\n');
  console.log(`display font zh: ${[...glyphs].length} characters, ${(woff2.length / 1024).toFixed(1)} KiB woff2`);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) await writeDisplayFonts(await loadSite());
