import 'server-only';
import { cache } from 'react';
import type { Locale } from '../i18n/routing';
import { loadSite, type Article, type Site } from './site';
import { bySection, sectionIds, type SectionId } from './sections';
import { localeUpdated } from './updated';
import type { PreviewPage } from './schema';
import { correctionsFor } from './corrections';

export type { Article, HomeDoc, Photo, Term, Site } from './site';
export type { Passage } from './mdx';
export type {
  FigureEntry,
  TimelineEntry,
  Bilingual,
  CorrectionEntry,
  PreviewPage,
  DiagramText,
  MapBase,
  MapPlaces,
  Oval,
  ScaleFile,
} from './schema';
export type { SiteMap } from './map';
export { placeNames, titlePhrases } from './place-names';
export { termCategories } from './schema';
export { sectionIds, isSectionId, bySection, type SectionId } from './sections';
export { findPassage, passageHeading, passageLinkText } from './passages';
export { figurePeriod, notStatedLabel, type FigurePeriodLabel } from './figures';

/**
 * The only reader of `content/`. Everything is read, checked and compiled once per process (all pages are
 * prerendered, so in practice once per build worker) and pages ask for typed entries from here.
 */
let sitePromise: Promise<Site> | undefined;
export const getSite = cache(async (): Promise<Site> => {
  sitePromise ??= loadSite();
  return sitePromise;
});

export async function getArticle(locale: Locale, section: SectionId) {
  return (await getSite()).articles[section][locale];
}
export async function listArticles(locale: Locale) {
  const site = await getSite();
  return sectionIds.map((s) => site.articles[s][locale]);
}
/** The articles of a locale by section. */
export async function getArticles(locale: Locale): Promise<Record<SectionId, Article>> {
  const site = await getSite();
  return bySection((s) => site.articles[s][locale]);
}
/** When the locale's site last changed: its newest article revision (lib/content/updated.ts). */
export async function updatedIn(locale: Locale): Promise<string> {
  return localeUpdated((await getSite()).articles, locale);
}
export async function getHome(locale: Locale) {
  return (await getSite()).home[locale];
}
export async function listPhotos() {
  return (await getSite()).photos;
}
export async function getPhoto(id: string) {
  return (await getSite()).photos.find((p) => p.id === id);
}
export async function listTerms() {
  return (await getSite()).terms;
}
export async function getTerm(id: string) {
  return (await getSite()).terms.find((t) => t.id === id);
}
/** The photo on a listing page's link-preview card (content/previews.json). */
export async function previewPhoto(page: PreviewPage) {
  const site = await getSite();
  return site.photos.find((p) => p.id === site.previews[page])!;
}
export async function listFigures() {
  return (await getSite()).figures;
}
/**
 * The corrections log, newest first; with `section`, only that article's entries; with `locale`, only the entries
 * that changed that language's text.
 */
export async function listCorrections(section?: SectionId, locale?: Locale) {
  return correctionsFor((await getSite()).corrections, { section, locale });
}
export async function getTimeline() {
  return (await getSite()).timeline;
}
/** The words of each explanatory diagram, by id (content/diagrams.json). */
export async function getDiagrams() {
  return (await getSite()).diagrams;
}
/** The home page's before/after pairs with their photos (content/charts/before-after.json, ids checked on load). */
export async function getBeforeAfter() {
  const site = await getSite();
  const photo = (id: string) => site.photos.find((p) => p.id === id)!;
  return site.beforeAfter.map((pair) => ({ ...pair, before: photo(pair.before), after: photo(pair.after) }));
}
/** The scale drawing's figure and reference area (content/charts/pv-belt-scale.json). */
export async function getScale() {
  return (await getSite()).scale;
}
/** The locator map: sourced places and drawing data (content/map). */
export async function getMap() {
  return (await getSite()).map;
}

/** A bilingual field in the reader's language; plain strings are the same in both. */
export function pick<T extends string | { zh: string; en: string }>(value: T, locale: Locale): string {
  return typeof value === 'string' ? value : value[locale];
}
