/**
 * Reads and checks everything under `content/`, one loader per kind of file (load-*.ts), in the order their
 * cross-references need: photos, terms and diagrams first, then the MDX that names them, then the lists that
 * name passages.
 */
import path from 'node:path';
import { loadArticles, loadHome } from './load-articles';
import { loadCharts } from './load-charts';
import { loadCorrections } from './load-corrections';
import { linkDiagramsToTerms, loadDiagrams } from './load-diagrams';
import { loadPassageList } from './load-passage-list';
import { loadPhotos } from './load-photos';
import { loadPreviews } from './load-previews';
import { loadTerms } from './load-terms';
import { loadMap } from './map';
import type { KnownIds } from './mdx';
import { siteUrlPaths } from './paths';
import { readJson } from './read';
import { checkRedirects } from './redirects';
import { figuresFile, redirectsFile, timelineFile } from './schema';
import type { Site } from './site-types';
import { validate } from './validate';

export type { Article, HomeDoc, Photo, Site, Term } from './site-types';

/** Reads and checks everything under `content/`. Throws a ContentError naming file, line and field. */
export async function loadSite(root = path.join(process.cwd(), 'content'), publicDir = path.join(process.cwd(), 'public')): Promise<Site> {
  const photos = await loadPhotos(root, publicDir);
  const terms = loadTerms(root);
  const diagrams = loadDiagrams(root);
  const known: KnownIds = {
    terms: new Set(terms.map((t) => t.id)),
    photos: new Set(photos.map((p) => p.id)),
    diagrams: new Set(Object.keys(diagrams)),
    termNames: new Map(terms.map((t) => [t.id, { zh: t.zh, en: t.en }])),
  };
  const photoById = new Map(photos.map((p) => [p.id, p]));
  const termById = new Map(terms.map((t) => [t.id, t]));
  const { articles, frontmatterOf } = await loadArticles(root, known, photoById, termById);
  const home = await loadHome(root, known, photoById);
  linkDiagramsToTerms(root, diagrams, articles, termById);

  const figures = loadPassageList(root, 'figures.json', figuresFile, 'figures', 'figure', articles).figures;
  const timeline = loadPassageList(root, 'timeline.json', timelineFile, 'entries', 'timeline entry', articles).entries;
  const corrections = loadCorrections(root, articles, frontmatterOf);
  // Required, as for proxy.ts, which bundles it (lib/content/redirects.ts): an empty list is `{ "redirects": [] }`.
  const redirectsJson = readJson(root, 'redirects.json');
  const redirects = validate(redirectsFile, redirectsJson.data, redirectsJson.file, redirectsJson.source).redirects;
  checkRedirects(redirects, siteUrlPaths({ articles, photos, terms }));

  const previews = loadPreviews(root, photos);

  const { beforeAfter, scale } = loadCharts(root, photos, articles);
  const map = loadMap(root);

  return { articles, home, photos, terms, figures, timeline, corrections, redirects, previews, diagrams, beforeAfter, scale, map };
}
