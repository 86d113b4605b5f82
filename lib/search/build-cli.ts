/**
 * `npm run search:index`: builds the search index of each locale from content/ and writes it to
 * lib/search/generated/{zh,en}.json. The files are build output, not source (gitignored): prebuild writes them
 * before every `next build`, and `npm run typecheck` and `npm run test:unit` write them first (about 2 s), since the
 * search page imports them.
 *
 * The search page imports these files, so the bundler ships them with the server (also with
 * `output: 'standalone'`) and no request ever builds an index or reads content/.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ContentError } from '../content/errors';
import { loadSite, type Site } from '../content/site';
import { locales, type Locale } from '../i18n/routing';
import { buildSiteSearch } from './site-docs';

export const generatedDir = path.join(import.meta.dirname, 'generated');
const indexFile = (dir: string, locale: Locale) => path.join(dir, `${locale}.json`);

/** Writes {dir}/{zh,en}.json from a loaded site (also called by lib/build/prebuild.ts). */
export function writeSearchIndex(site: Site, dir = generatedDir) {
  mkdirSync(dir, { recursive: true });
  for (const locale of locales) {
    const data = buildSiteSearch(site, locale);
    // Written whole, then renamed into place: `npm test` runs the unit tests beside the build, and both write
    // the same index first; a reader never sees half a file (rename is atomic on one file system, POSIX rename(2)).
    const file = indexFile(dir, locale);
    writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(data) + '\n');
    renameSync(`${file}.${process.pid}.tmp`, file);
    const index = JSON.stringify(data.index);
    console.log(
      `search index ${locale}: ${data.index.docs.length} docs, ${(index.length / 1024).toFixed(0)} KiB raw, ` +
        `${(gzipSync(index).length / 1024).toFixed(0)} KiB gzip`,
    );
  }
}

/** What is wrong with the index files in `dir` for this site: one line per missing or differing locale. */
export function searchIndexProblems(site: Site, dir = generatedDir): string[] {
  return locales.flatMap((locale) => {
    const file = indexFile(dir, locale);
    if (!existsSync(file)) return [`${file} is missing (run \`npm run search:index\`)`];
    const expected: unknown = JSON.parse(JSON.stringify(buildSiteSearch(site, locale)));
    return isDeepStrictEqual(JSON.parse(readFileSync(file, 'utf8')), expected)
      ? []
      : [`${file} does not match content/ (run \`npm run search:index\`)`];
  });
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  try {
    writeSearchIndex(await loadSite());
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(`content error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
