/**
 * Search beside pages: 40 connections of varied searches and 10 on an article at the same time, against one server.
 * Search renders per request and used to starve every other response (a page fell from ~900 req/s to ~30); the
 * search gate (lib/search/gate.ts) and the page cache (lib/search/page-cache.ts) are what keep the article fast.
 * Targets on a 2-core machine: article p99 ≤ 250 ms, search p99 ≤ 1 s, no errors (a 503 counts as one).
 *
 * The 50 queries repeat, as readers' queries do, so after the warm-up they are answered from the page cache
 * (lib/search/page-cache.ts). A second run, reported but not held to the targets, makes every query new (a number
 * appended), so that every search is rendered: what a flood of unseen queries costs the article beside it.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import type { Result } from 'autocannon';

export const searchTargets = { articleP99Ms: 250, searchP99Ms: 1000 };

export type SearchLoadFigures = {
  seconds: number;
  loadAverageBefore: number[];
  loadAverageAfter: number[];
  article: Figures;
  search: Figures & { status503: number };
  met: boolean;
  /** The same scenario with every query new (each one rendered); reported, not a target. */
  uncached?: { article: Figures; search: Figures & { status503: number } };
};
type Figures = {
  path: string;
  connections: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  non2xx: number;
};

const figures = (path: string, connections: number, r: Result): Figures => ({
  path,
  connections,
  rps: Math.round(r.requests.average),
  p50Ms: r.latency.p50,
  p99Ms: r.latency.p99,
  maxMs: r.latency.max,
  errors: r.errors + r.timeouts,
  non2xx: r.non2xx,
});

/** One autocannon run in a child process (search-load-client.ts); target `search`, `search-new` or a path. */
function client(origin: string, target: string, connections: number, seconds: number): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'search-load-client.ts'), origin, target, String(connections), String(seconds)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as Result) : reject(new Error(`load client exited ${code}`))));
  });
}

export async function searchBesidePages(origin: string, articlePath: string, seconds = 15): Promise<SearchLoadFigures> {
  const searchRun = (duration: number) => client(origin, 'search', 40, duration);
  const articleRun = (duration: number) => client(origin, articlePath, 10, duration);
  // First requests load the page's and the search's modules and the index (seconds on a busy machine): one of
  // each, answered, before a short warm-up of both (JIT, the results cache), then the measured run.
  for (const p of [articlePath, '/en/search?q=mine', '/zh/search?q=%E7%9F%BF%E5%B1%B1'])
    await fetch(origin + p).then((r) => r.arrayBuffer());
  await Promise.all([searchRun(3), articleRun(3)]);
  const loadAverageBefore = loadavg().map((n) => Math.round(n * 100) / 100);
  const [s, a] = await Promise.all([searchRun(seconds), articleRun(seconds)]);
  const loadAverageAfter = loadavg().map((n) => Math.round(n * 100) / 100);
  const article = figures(articlePath, 10, a);
  const search = { ...figures('/{zh,en}/search?q=… (50 queries)', 40, s), status503: status503(s) };
  const met =
    article.p99Ms <= searchTargets.articleP99Ms &&
    search.p99Ms <= searchTargets.searchP99Ms &&
    article.errors + article.non2xx + search.errors + search.non2xx === 0;
  const [sn, an] = await Promise.all([client(origin, 'search-new', 40, seconds), articleRun(seconds)]);
  const uncached = {
    article: figures(`${articlePath} (beside new queries)`, 10, an),
    search: { ...figures('/{zh,en}/search?q=… (every query new)', 40, sn), status503: status503(sn) },
  };
  return { seconds, loadAverageBefore, loadAverageAfter, article, search, met, uncached };
}

const status503 = (r: Result) => Number(r.statusCodeStats?.['503']?.count ?? 0);

export function printSearchLoad(r: SearchLoadFigures) {
  console.log(
    `\nSearch beside pages (${r.seconds} s; load average before ${r.loadAverageBefore.join(' ')}, after ${r.loadAverageAfter.join(' ')}; the machine may be shared)`,
  );
  console.table(
    [r.article, r.search, ...(r.uncached ? [r.uncached.article, r.uncached.search] : [])].map((f) => ({
      path: f.path,
      connections: f.connections,
      'req/s': f.rps,
      'p50 ms': f.p50Ms,
      'p99 ms': f.p99Ms,
      'max ms': f.maxMs,
      errors: f.errors,
      'non-2xx': f.non2xx,
    })),
  );
  console.log(
    `${r.met ? 'MET    ' : 'NOT MET'}  article p99 ≤ ${searchTargets.articleP99Ms} ms and search p99 ≤ ${searchTargets.searchP99Ms} ms with 0 errors ` +
      `(article ${r.article.p99Ms} ms, search ${r.search.p99Ms} ms, ${r.search.status503} × 503)`,
  );
  if (r.uncached)
    console.log(
      `         every query new (each rendered; reported, not a target): article p99 ${r.uncached.article.p99Ms} ms, ` +
        `search p99 ${r.uncached.search.p99Ms} ms, ${r.uncached.search.rps} searches/s, ${r.uncached.search.status503} × 503`,
    );
}
