import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { locales, type Locale } from '../i18n/routing';
import { countHan } from '../text/han';
import { ContentError } from './errors';
import { compileMdx, onceGraphics, type CompiledMdx, type GraphicUse, type KnownIds, type Passage } from './mdx';
import { articleFrontmatter, homeFrontmatter, type ArticleFrontmatter, type HomeFrontmatter } from './schema';
import { sectionIds } from './sections';
import type { Article, Photo, Site, Term } from './site-types';
import type { Source } from './source';
import { validate } from './validate';

/** Characters per minute for Chinese, words per minute for English: common reading-speed figures. */
const readingRate = { zh: 400, en: 220 } as const;

export function readingMinutes(locale: Locale, passages: Passage[]): number {
  const text = passages.map((p) => p.text).join(' ');
  const units = locale === 'zh' ? countHan(text) : text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(units / readingRate[locale]));
}

async function loadMdx(root: string, rel: string, known: KnownIds) {
  const file = path.join('content', rel);
  const full = path.join(root, rel);
  if (!existsSync(full)) throw new ContentError(file, 'translation', 'is missing (every page needs both zh.mdx and en.mdx)');
  return { file, compiled: await compileMdx(file, readFileSync(full, 'utf8'), known) };
}

const describe = (p: Passage) =>
  p.kind === 'heading' ? `a level-${p.depth} heading` : p.box ? 'a paragraph in the <SourceGaps> box' : 'a paragraph';

/** The same passages, in the same order, with the same kind (and the same ones in a <SourceGaps> box), in both locales. */
export function checkParity(a: { file: string; passages: Passage[] }, b: { file: string; passages: Passage[] }): void {
  const bIndex = new Map(b.passages.map((p, i) => [p.id, i]));
  const aIndex = new Map(a.passages.map((p, i) => [p.id, i]));
  for (const p of a.passages)
    if (!bIndex.has(p.id)) throw new ContentError(b.file, 'passage id', `"${p.id}" (${a.file}:${p.line}) has no counterpart here`);
  for (const p of b.passages) if (!aIndex.has(p.id)) throw new ContentError(b.file, 'passage id', `"${p.id}" is not in ${a.file}`, p.line);
  for (let i = 0; i < a.passages.length; i++) {
    const pa = a.passages[i]!;
    const pb = b.passages[i]!;
    if (pa.id !== pb.id)
      throw new ContentError(b.file, 'passage order', `expected "${pa.id}" here (as in ${a.file}:${pa.line}), found "${pb.id}"`, pb.line);
    if (pa.kind !== pb.kind || pa.depth !== pb.depth || pa.box !== pb.box)
      throw new ContentError(
        b.file,
        'passage kind',
        `"${pb.id}" is ${describe(pb)} here but ${describe(pa)} in ${a.file}:${pa.line}`,
        pb.line,
      );
  }
}

/** `<Locator />` and `<Scale />` stand after the same passage in both locales (the parallel view pairs the pages). */
export function checkGraphicParity(
  a: Pick<CompiledMdx, 'graphics'> & { file: string },
  b: Pick<CompiledMdx, 'graphics'> & { file: string },
): void {
  const where = (g: GraphicUse) => (g.after ? `after "${g.after}"` : 'before the first passage');
  for (const name of onceGraphics) {
    const ga = a.graphics.find((g) => g.name === name);
    const gb = b.graphics.find((g) => g.name === name);
    if (ga && !gb) throw new ContentError(a.file, name, `<${name} /> has no counterpart in ${b.file}`, ga.line);
    if (gb && !ga) throw new ContentError(b.file, name, `<${name} /> has no counterpart in ${a.file}`, gb.line);
    if (ga && gb && ga.after !== gb.after)
      throw new ContentError(b.file, name, `<${name} /> is ${where(gb)} here but ${where(ga)} in ${a.file}:${ga.line}`, gb.line);
  }
}

/** The compiled page without its raw frontmatter (pages keep the checked fields, not the source text). */
function withoutSource({ data, frontmatter, ...rest }: CompiledMdx): Omit<CompiledMdx, 'data' | 'frontmatter'> {
  void data;
  void frontmatter;
  return rest;
}

function frontmatter<T>(schema: Parameters<typeof validate>[0], c: CompiledMdx, file: string): T {
  return validate(schema, c.data, file, c.frontmatter) as T;
}

/**
 * The three articles in both locales: frontmatter checked, the same passages and graphics in both, each term use
 * recorded on its term and each photo use on its photo. Returns each article's frontmatter source too, for errors
 * found later (corrections) that point into it.
 */
export async function loadArticles(
  root: string,
  known: KnownIds,
  photoById: ReadonlyMap<string, Photo>,
  termById: ReadonlyMap<string, Term>,
): Promise<{ articles: Site['articles']; frontmatterOf: Map<string, Source> }> {
  const articles = {} as Site['articles'];
  const frontmatterOf = new Map<string, Source>();
  for (const section of sectionIds) {
    const pair = {} as Record<Locale, Article>;
    for (const locale of locales) {
      const { file, compiled } = await loadMdx(root, `articles/${section}/${locale}.mdx`, known);
      const fm = frontmatter<ArticleFrontmatter>(articleFrontmatter, compiled, file);
      frontmatterOf.set(file, compiled.frontmatter);
      if (!photoById.has(fm.hero))
        throw new ContentError(file, 'hero', `unknown photo "${fm.hero}"`, compiled.frontmatter.lineOf(['hero']));
      if (compiled.passages.filter((p) => p.kind === 'heading' && p.depth === 2).length < 3)
        throw new ContentError(file, 'headings', 'an article needs at least three ## headings');
      const rest = withoutSource(compiled);
      pair[locale] = { ...fm, ...rest, section, locale, file, readingMinutes: readingMinutes(locale, compiled.passages) };
      for (const use of compiled.terms) termById.get(use.term)!.uses[locale].push({ section, passage: use.passage });
    }
    checkParity(pair.zh, pair.en);
    checkGraphicParity(pair.zh, pair.en);
    articles[section] = pair;
    photoById.get(pair.zh.hero)!.usedIn.push({ section, hero: true });
    for (const use of pair.zh.photos) photoById.get(use.photo)!.usedIn.push({ section, after: use.after });
  }
  return { articles, frontmatterOf };
}

/** The home page's lead in both locales (content/home), with the same passages and graphics in both. */
export async function loadHome(root: string, known: KnownIds, photoById: ReadonlyMap<string, Photo>): Promise<Site['home']> {
  const home = {} as Site['home'];
  for (const locale of locales) {
    const { file, compiled } = await loadMdx(root, `home/${locale}.mdx`, known);
    const fm = frontmatter<HomeFrontmatter>(homeFrontmatter, compiled, file);
    if (!photoById.has(fm.hero)) throw new ContentError(file, 'hero', `unknown photo "${fm.hero}"`, compiled.frontmatter.lineOf(['hero']));
    const rest = withoutSource(compiled);
    home[locale] = { ...fm, ...rest, locale };
  }
  checkParity({ file: 'content/home/zh.mdx', passages: home.zh.passages }, { file: 'content/home/en.mdx', passages: home.en.passages });
  checkGraphicParity(
    { file: 'content/home/zh.mdx', graphics: home.zh.graphics },
    { file: 'content/home/en.mdx', graphics: home.en.graphics },
  );
  return home;
}
