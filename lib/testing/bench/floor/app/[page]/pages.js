import { readFileSync } from 'node:fs';

/**
 * The text of the site's pages as the bench extracted it (run.ts writes the file and passes its path in
 * BENCH_FLOOR_DATA): { "article-zh": { "lang": "zh-Hans", "title": "…", "blocks": [{ "tag": "p", "text": "…" }] } }.
 */
export function floorPages() {
  const file = process.env.BENCH_FLOOR_DATA;
  if (!file) throw new Error('BENCH_FLOOR_DATA is not set (the fixture is built by `npm run bench`)');
  return JSON.parse(readFileSync(file, 'utf8'));
}
