/**
 * `prebuild` (before `next build`, one process): loads the site once, which checks all content (a mistake stops
 * the build with file, line and field), then writes the search index and the Chinese display font's subset
 * (lib/fonts/build.ts) from the same load. First it checks that the installed Next.js carries the current patch of
 * its static-file and method handling (patch-next.mjs, applied by `postinstall`), which the build copies into the
 * standalone server: when it does not, the build stops before it starts.
 */
import { ContentError } from '../content/errors';
import { loadSite } from '../content/site';
import { writeSearchIndex } from '../search/build-cli';
import { writeDisplayFonts } from '../fonts/build';
import { nextPatchProblems, nextRoot } from './patch-next.mjs';

const problems = nextPatchProblems(nextRoot());
if (problems.length) {
  console.error(
    `prebuild: the installed Next.js lacks the current patch (lib/build/patch-next.mjs); run \`npm run postinstall\`:\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}
console.log('prebuild: Next.js server patch in place');

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
