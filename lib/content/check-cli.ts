/**
 * `npm run content:check`: reads and checks all content as the build does, and prints a short inventory.
 * Runs before every build (prebuild), so a content error stops the build with the file, line and field.
 */
import { loadSite } from './site';
import { ContentError } from './errors';

try {
  const site = await loadSite();
  const passages = Object.values(site.articles).reduce((n, pair) => n + pair.zh.passages.length, 0);
  console.log(
    `content ok: ${Object.keys(site.articles).length} articles × 2 locales, ${passages} passages, ` +
      `${site.photos.length} photos, ${site.terms.length} terms, ${site.figures.length} key figures, ${site.timeline.length} timeline entries, ${site.corrections.length} corrections, ` +
      `${Object.keys(site.diagrams).length} diagrams, ${site.beforeAfter.length} before/after pairs, the scale chart, ${site.map.places.sites.length} map sites`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`content error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
