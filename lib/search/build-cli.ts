/**
 * `npm run search:index`: builds the search index of each locale from content/ and writes it to
 * lib/search/generated/{zh,en}.json. Runs before every `npm run build` (prebuild); the files are committed
 * so that a bare `next build` works too, and a unit test (site-docs.test.ts) fails when they are stale.
 *
 * The search page imports these files, so the bundler ships them with the server (also with
 * `output: 'standalone'`) and no request ever builds an index or reads content/.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ContentError } from '../content/errors';
import { loadSite, type Site } from '../content/site';
import { locales } from '../i18n/routing';
import { buildSiteSearch } from './site-docs';

/** Writes lib/search/generated/{zh,en}.json from a loaded site (also called by lib/build/prebuild.ts). */
export function writeSearchIndex(site: Site) {
  for (const locale of locales) {
    const data = buildSiteSearch(site, locale);
    const json = JSON.stringify(data);
    writeFileSync(path.join(import.meta.dirname, 'generated', `${locale}.json`), json + '\n');
    const index = JSON.stringify(data.index);
    console.log(
      `search index ${locale}: ${data.index.docs.length} docs, ${(index.length / 1024).toFixed(0)} KiB raw, ` +
        `${(gzipSync(index).length / 1024).toFixed(0)} KiB gzip`,
    );
  }
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
