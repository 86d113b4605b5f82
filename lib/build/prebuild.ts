/**
 * `prebuild` (before `next build`, one process): loads the site once, which checks all content (a mistake stops
 * the build with file, line and field), then writes the search index and the Chinese display font's subset
 * (lib/fonts/build.ts) from the same load, and patches Next.js's static-file and method handling before the
 * build copies it into the standalone server (patch-next.ts).
 */
import { ContentError } from '../content/errors';
import { loadSite } from '../content/site';
import { writeSearchIndex } from '../search/build-cli';
import { writeDisplayFonts } from '../fonts/build';
import { patchNext } from './patch-next';

const patched = patchNext();
console.log(`prebuild: Next.js server patch ${patched.length ? `applied to ${patched.join(', ')}` : 'already in place'}`);

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
