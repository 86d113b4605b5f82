/**
 * `prebuild` (before `next build`, one process): loads the site once, which checks all content (a mistake stops
 * the build with file, line and field), then writes the search index and the Chinese display font's subset
 * (lib/fonts/build.ts) from the same load.
 */
import { ContentError } from '../content/errors';
import { loadSite } from '../content/site';
import { writeSearchIndex } from '../search/build-cli';
import { writeDisplayFonts } from '../fonts/build';

try {
  const site = await loadSite();
  console.log(
    `prebuild: content ok (${Object.keys(site.articles).length} articles, ${site.photos.length} photos, ${site.terms.length} terms)`,
  );
  writeSearchIndex(site);
  await writeDisplayFonts(site);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`content error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
