/**
 * `prebuild` (before `next build`, one process): loads the site once, which checks all content (a mistake stops
 * the build with file, line and field), then writes the search index from the same load.
 */
import { ContentError } from '../content/errors';
import { loadSite } from '../content/site';
import { writeSearchIndex } from '../search/build-cli';

try {
  const site = await loadSite();
  console.log(
    `prebuild: content ok (${Object.keys(site.articles).length} articles, ${site.photos.length} photos, ${site.terms.length} terms)`,
  );
  writeSearchIndex(site);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`content error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
