import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'zod';
import path from 'node:path';
import sharp from 'sharp';
import { locales, type Locale } from '../i18n/routing';
import { ContentError } from './errors';
import { compileMdx, type CompiledMdx, type KnownIds, type Passage } from './mdx';
import { countHan } from '../text/han';
import { siteUrlPaths } from './paths';
import { checkRedirects } from './redirects';
import { diagramSteps, drawnDiagrams } from '../diagrams';
import { loadMap, type SiteMap } from './map';
import {
  articleFrontmatter,
  beforeAfterFile,
  diagramsFile,
  scaleFile,
  correctionsFile,
  figuresFile,
  glossaryFile,
  homeFrontmatter,
  photosFile,
  previewsFile,
  redirectsFile,
  timelineFile,
  type ArticleFrontmatter,
  type BeforeAfterEntry,
  type DiagramText,
  type ScaleFile,
  type CorrectionEntry,
  type FigureEntry,
  type HomeFrontmatter,
  type PreviewPage,
  type PhotoEntry,
  type TermEntry,
  type TimelineEntry,
} from './schema';
import { sectionIds, type SectionId } from './sections';
import type { Source } from './source';
import { readJson, unique } from './read';
import { validate } from './validate';

export interface Article extends ArticleFrontmatter, Omit<CompiledMdx, 'data' | 'frontmatter'> {
  section: SectionId;
  locale: Locale;
  file: string;
  readingMinutes: number;
}
export interface HomeDoc extends HomeFrontmatter, Omit<CompiledMdx, 'data' | 'frontmatter'> {
  locale: Locale;
}
export interface Photo extends PhotoEntry {
  src: string;
  width: number;
  height: number;
  bytes: number;
  /** The file's media type, from what sharp read in it (not from its name). */
  mediaType: 'image/jpeg' | 'image/png' | 'image/webp';
  blurDataURL: string;
  /** Where articles place the photo (hero or in the text), in reading order. */
  usedIn: { section: SectionId; after?: string; hero?: boolean }[];
}
export interface Term extends TermEntry {
  uses: Record<Locale, { section: SectionId; passage: string }[]>;
}
export interface Site {
  articles: Record<SectionId, Record<Locale, Article>>;
  home: Record<Locale, HomeDoc>;
  photos: Photo[];
  terms: Term[];
  figures: FigureEntry[];
  timeline: TimelineEntry[];
  /** The corrections log, newest first (ties keep file order). */
  corrections: CorrectionEntry[];
  redirects: { from: string; to: string }[];
  /** Photo id on each listing page's link-preview card (content/previews.json). */
  previews: Record<PreviewPage, string>;
  /** The words of each explanatory diagram, by id (content/diagrams.json). */
  diagrams: Record<string, DiagramText>;
  /** The home page's before/after pairs (content/charts/before-after.json). */
  beforeAfter: BeforeAfterEntry[];
  /** The scale drawing's figure and reference (content/charts/pv-belt-scale.json). */
  scale: ScaleFile;
  /** The locator map: its sourced places and its generated drawing data (content/map). */
  map: SiteMap;
}

/** Characters per minute for Chinese, words per minute for English: common reading-speed figures. */
const readingRate = { zh: 400, en: 220 } as const;

export function readingMinutes(locale: Locale, passages: Passage[]): number {
  const text = passages.map((p) => p.text).join(' ');
  const units = locale === 'zh' ? countHan(text) : text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(units / readingRate[locale]));
}

async function loadPhotos(root: string, publicDir: string): Promise<Photo[]> {
  const { data, source, file } = readJson(root, 'photos.json');
  const entries = validate(photosFile, data, file, source).photos;
  unique(entries, file, 'photo', source, 'photos');
  const lineOf = (i: number, key: string) => source.lineOf(['photos', i, key]);
  return Promise.all(
    entries.map(async (entry, i) => {
      const where = `photos[${i}] "${entry.id}"`;
      if (!entry.credit)
        throw new ContentError(file, `${where} › credit`, `is missing: every ${entry.kind} needs a credit`, lineOf(i, 'credit'));
      if (entry.kind === 'illustration') {
        if (!/示意图/.test(entry.caption.zh) || !/illustration/i.test(entry.caption.en))
          throw new ContentError(
            file,
            `${where} › caption`,
            'an illustration must say so in its caption (示意图 / illustration)',
            lineOf(i, 'caption'),
          );
        if (/自然资源局|Natural Resources Bureau/i.test(`${entry.credit.zh} ${entry.credit.en}`))
          throw new ContentError(
            file,
            `${where} › credit`,
            'illustrations are the site’s own and are never credited to the bureau',
            lineOf(i, 'credit'),
          );
      }
      const full = path.join(publicDir, entry.file);
      const fileError = (problem: string) => new ContentError(file, `${where} › file`, problem, lineOf(i, 'file'));
      if (!existsSync(full)) throw fileError(`public/${entry.file} does not exist`);
      const image = sharp(full);
      let meta: Awaited<ReturnType<typeof image.metadata>>;
      let blur: Buffer;
      try {
        meta = await image.metadata();
        if (!meta.width || !meta.height) throw new Error('no size');
        blur = await image
          .resize(16, Math.max(1, Math.round((16 * meta.height) / meta.width)))
          .webp({ quality: 40 })
          .toBuffer();
      } catch {
        throw fileError(`public/${entry.file} is not a readable image`);
      }
      if (meta.width! < 1600) throw fileError(`is ${meta.width} px wide; at least 1600 px is needed`);
      // The original is offered for download as is: EXIF can carry GPS position and camera serials.
      if (meta.exif || meta.xmp || meta.iptc)
        throw fileError('carries EXIF/XMP/IPTC metadata (it may hold a location): strip it before publishing');
      return {
        ...entry,
        src: `/${entry.file}`,
        width: meta.width!,
        height: meta.height!,
        bytes: meta.size ?? readFileSync(full).length,
        mediaType:
          mediaTypes[meta.format as keyof typeof mediaTypes] ??
          fail(fileError(`public/${entry.file} is ${meta.format}, not JPEG, PNG or WebP`)),
        blurDataURL: `data:image/webp;base64,${blur.toString('base64')}`,
        usedIn: [],
      };
    }),
  );
}

function loadTerms(root: string): Term[] {
  const { data, source, file } = readJson(root, 'glossary.json');
  const entries = validate(glossaryFile, data, file, source).terms;
  unique(entries, file, 'term', source, 'terms');
  const ids = new Set(entries.map((t) => t.id));
  for (const [i, t] of entries.entries())
    for (const r of t.related)
      if (!ids.has(r))
        throw new ContentError(
          file,
          `terms[${i}] "${t.id}" › related`,
          `names unknown term "${r}"`,
          source.lineOf(['terms', i, 'related']),
        );
  return entries.map((t) => ({ ...t, uses: { zh: [], en: [] } }));
}

async function loadMdx(root: string, rel: string, known: KnownIds) {
  const file = path.join('content', rel);
  const full = path.join(root, rel);
  if (!existsSync(full)) throw new ContentError(file, 'translation', 'is missing (every page needs both zh.mdx and en.mdx)');
  return { file, compiled: await compileMdx(file, readFileSync(full, 'utf8'), known) };
}

const describe = (p: Passage) => (p.kind === 'heading' ? `a level-${p.depth} heading` : 'a paragraph');

/** The same passages, in the same order, with the same kind, in both locales. */
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
    if (pa.kind !== pb.kind || pa.depth !== pb.depth)
      throw new ContentError(
        b.file,
        'passage kind',
        `"${pb.id}" is ${describe(pb)} here but ${describe(pa)} in ${a.file}:${pa.line}`,
        pb.line,
      );
  }
}

/**
 * content/corrections.json: every entry must name a passage that exists in its section, and an article may not
 * claim an `updated` date earlier than its newest entry (dateModified, feeds and the dateline read `updated`).
 */
function loadCorrections(root: string, articles: Site['articles'], frontmatterOf: ReadonlyMap<string, Source>): CorrectionEntry[] {
  const json = readJson(root, 'corrections.json', false);
  if (!json) return [];
  const entries = validate(correctionsFile, json.data, json.file, json.source).corrections;
  unique(entries, json.file, 'correction', json.source, 'corrections');
  for (const [i, c] of entries.entries()) {
    if (!articles[c.section].zh.passages.some((p) => p.id === c.passage))
      throw new ContentError(
        json.file,
        `corrections[${i}] "${c.id}" › passage`,
        `${c.section}#${c.passage} is not a passage (passage ids are written in content/articles/${c.section}/*.mdx)`,
        json.source.lineOf(['corrections', i, 'passage']),
      );
    for (const article of Object.values(articles[c.section]))
      if (article.updated < c.date)
        throw new ContentError(
          article.file,
          'updated',
          `is ${article.updated}, but content/corrections.json has an entry for this article dated ${c.date} ("${c.id}"): set updated to ${c.date} or later`,
          frontmatterOf.get(article.file)?.lineOf(['updated']),
        );
  }
  return entries
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (a.c.date === b.c.date ? a.i - b.i : a.c.date < b.c.date ? 1 : -1))
    .map(({ c }) => c);
}

/**
 * A JSON list whose entries each name the passage that states them (figures.json, timeline.json): checked against
 * its schema, ids unique, and every passage one of its article's.
 */
function loadPassageList<K extends string, S extends z.ZodType<Record<K, { id: string; passage: { section: SectionId; id: string } }[]>>>(
  root: string,
  name: string,
  schema: S,
  key: K,
  what: string,
  articles: Site['articles'],
): z.output<S> {
  const json = readJson(root, name);
  const data = validate(schema, json.data, json.file, json.source);
  const entries = data[key];
  unique(entries, json.file, what, json.source, key);
  for (const [i, e] of entries.entries())
    if (!articles[e.passage.section].zh.passages.some((p) => p.id === e.passage.id))
      throw new ContentError(
        json.file,
        `${key}[${i}] "${e.id}" › passage`,
        `${e.passage.section}#${e.passage.id} is not a passage`,
        json.source.lineOf([key, i, 'passage']),
      );
  return data;
}

/** content/diagrams.json: every entry has a drawing (lib/diagrams) and every drawing an entry. */
function loadDiagrams(root: string): Site['diagrams'] {
  const { data, source, file } = readJson(root, 'diagrams.json');
  const { diagrams } = validate(diagramsFile, data, file, source);
  for (const id of Object.keys(diagrams))
    if (!drawnDiagrams.includes(id))
      throw new ContentError(
        file,
        `diagrams › ${id}`,
        `has no drawing (the drawn diagrams are ${drawnDiagrams.join(', ')}; a new one needs its drawing in components/diagrams and its id in lib/diagrams)`,
        source.lineOf(['diagrams', id]),
      );
  for (const [id, text] of Object.entries(diagrams)) {
    const drawn = (diagramSteps as Record<string, number | undefined>)[id];
    if ((text.steps?.length ?? 0) !== (drawn ?? 0))
      throw new ContentError(
        file,
        `diagrams › ${id} › steps`,
        drawn
          ? `needs ${drawn} steps, one per state of its drawing (lib/diagrams diagramSteps), not ${text.steps?.length ?? 0}`
          : `the drawing has no steps (lib/diagrams diagramSteps); remove "steps" or draw them`,
        source.lineOf(['diagrams', id]),
      );
  }
  for (const id of drawnDiagrams)
    if (!diagrams[id])
      throw new ContentError(file, 'diagrams', `has no entry "${id}" (components/diagrams draws it; give it its words here)`);
  return diagrams;
}

/** content/charts/: the before/after pairs name photos of photos.json; the scale's figure names a passage. */
function loadCharts(root: string, photos: Photo[], articles: Site['articles']): Pick<Site, 'beforeAfter' | 'scale'> {
  const pairsJson = readJson(root, 'charts/before-after.json');
  const pairs = validate(beforeAfterFile, pairsJson.data, pairsJson.file, pairsJson.source).pairs;
  for (const [i, pair] of pairs.entries())
    for (const side of ['before', 'after'] as const)
      if (!photos.some((p) => p.id === pair[side]))
        throw new ContentError(
          pairsJson.file,
          `pairs[${i}] › ${side}`,
          `unknown photo "${pair[side]}" (content/photos.json has no such id)`,
          pairsJson.source.lineOf(['pairs', i, side]),
        );
  const scaleJson = readJson(root, 'charts/pv-belt-scale.json');
  const scale = validate(scaleFile, scaleJson.data, scaleJson.file, scaleJson.source);
  const { section, id } = scale.belt.passage;
  if (!articles[section].zh.passages.some((p) => p.id === id))
    throw new ContentError(
      scaleJson.file,
      'belt › passage › id',
      `${section}#${id} is not a passage (passage ids are written in content/articles/${section}/*.mdx)`,
      scaleJson.source.lineOf(['belt', 'passage', 'id']),
    );
  return { beforeAfter: pairs, scale };
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

/** Reads and checks everything under `content/`. Throws a ContentError naming file, line and field. */
export async function loadSite(root = path.join(process.cwd(), 'content'), publicDir = path.join(process.cwd(), 'public')): Promise<Site> {
  const photos = await loadPhotos(root, publicDir);
  const terms = loadTerms(root);
  const diagrams = loadDiagrams(root);
  const known: KnownIds = {
    terms: new Set(terms.map((t) => t.id)),
    photos: new Set(photos.map((p) => p.id)),
    diagrams: new Set(Object.keys(diagrams)),
  };
  const photoById = new Map(photos.map((p) => [p.id, p]));
  const termById = new Map(terms.map((t) => [t.id, t]));

  const articles = {} as Site['articles'];
  /** Each article's frontmatter source, for errors found later (corrections) that point into it. */
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
    articles[section] = pair;
    photoById.get(pair.zh.hero)!.usedIn.push({ section, hero: true });
    for (const use of pair.zh.photos) photoById.get(use.photo)!.usedIn.push({ section, after: use.after });
  }

  const home = {} as Site['home'];
  for (const locale of locales) {
    const { file, compiled } = await loadMdx(root, `home/${locale}.mdx`, known);
    const fm = frontmatter<HomeFrontmatter>(homeFrontmatter, compiled, file);
    if (!photoById.has(fm.hero)) throw new ContentError(file, 'hero', `unknown photo "${fm.hero}"`, compiled.frontmatter.lineOf(['hero']));
    const rest = withoutSource(compiled);
    home[locale] = { ...fm, ...rest, locale };
  }
  checkParity({ file: 'content/home/zh.mdx', passages: home.zh.passages }, { file: 'content/home/en.mdx', passages: home.en.passages });

  const figures = loadPassageList(root, 'figures.json', figuresFile, 'figures', 'figure', articles).figures;
  const timeline = loadPassageList(root, 'timeline.json', timelineFile, 'entries', 'timeline entry', articles).entries;
  const corrections = loadCorrections(root, articles, frontmatterOf);
  // Required, as for proxy.ts, which bundles it (lib/content/redirects.ts): an empty list is `{ "redirects": [] }`.
  const redirectsJson = readJson(root, 'redirects.json');
  const redirects = validate(redirectsFile, redirectsJson.data, redirectsJson.file, redirectsJson.source).redirects;
  checkRedirects(redirects, siteUrlPaths({ articles, photos, terms }));

  const previewsJson = readJson(root, 'previews.json');
  const previews = validate(previewsFile, previewsJson.data, previewsJson.file, previewsJson.source).previews;
  for (const [page, id] of Object.entries(previews))
    if (!photos.some((p) => p.id === id))
      throw new ContentError(
        previewsJson.file,
        `previews › ${page}`,
        `unknown photo "${id}"`,
        previewsJson.source.lineOf(['previews', page]),
      );

  const { beforeAfter, scale } = loadCharts(root, photos, articles);
  const map = loadMap(root);

  return { articles, home, photos, terms, figures, timeline, corrections, redirects, previews, diagrams, beforeAfter, scale, map };
}

const mediaTypes = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const;
function fail(e: Error): never {
  throw e;
}
