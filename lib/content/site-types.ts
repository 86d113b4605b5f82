/** The checked content the site is built from: what loadSite (site.ts) returns, and the kinds in it. */
import type { Locale } from '../i18n/routing';
import type { CompiledMdx } from './mdx';
import type { SiteMap } from './map';
import type {
  ArticleFrontmatter,
  BeforeAfterEntry,
  CorrectionEntry,
  DiagramText,
  FigureEntry,
  HomeFrontmatter,
  PhotoEntry,
  PreviewPage,
  ScaleFile,
  TermEntry,
  TimelineEntry,
} from './schema';
import type { SectionId } from './sections';

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
  /** The diagrams that explain it (content/diagrams.json `term`), each with the passage an article places it after. */
  diagrams: { diagram: string; section: SectionId; passage: string }[];
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
