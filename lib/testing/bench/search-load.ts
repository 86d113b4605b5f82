/**
 * Search beside pages: 40 connections of varied searches and 10 on an article at the same time, against one server.
 * Search renders per request and used to starve every other response (a page fell from ~900 req/s to ~30); the
 * search gate (lib/search/gate.ts) and the results cache (lib/search/cached.ts) are what keep the article fast.
 * Targets on a 2-core machine: article p99 ≤ 250 ms, search p99 ≤ 1 s, no errors (a 503 counts as one).
 */
import { loadavg } from 'node:os';
import autocannon, { type Result } from 'autocannon';

export const searchTargets = { articleP99Ms: 250, searchP99Ms: 1000 };

/** Queries a reader might type, in both languages: words, phrases, pinyin, a term, a number, a typo. */
const queries = [
  'mine',
  'mining',
  'solar',
  'solar panels',
  'reclamation',
  'restoration',
  'coal',
  'green mine',
  'grassland',
  'water',
  'dust',
  'vegetation',
  'photovoltaic',
  'forest',
  'soil',
  'erosion',
  'target',
  'industry',
  'policy',
  'carbon',
  'sheep',
  'alfalfa',
  'goaf',
  'subsidence',
  'Yellow River',
  'desert',
  'wind',
  'ecology',
  'land',
  'minning',
  '矿山',
  '绿色矿山',
  '光伏',
  '复垦',
  '生态修复',
  '煤炭',
  '草原',
  '黄河',
  '采空区',
  '治理',
  '植被',
  '水土保持',
  '准格尔',
  '目标',
  '产业',
  '沙漠',
  '土地',
  'lüse kuangshan',
  'kuangshan',
  '2025',
];

export type SearchLoadFigures = {
  seconds: number;
  loadAverageBefore: number[];
  loadAverageAfter: number[];
  article: Figures;
  search: Figures & { status503: number };
  met: boolean;
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

export async function searchBesidePages(origin: string, articlePath: string, seconds = 15): Promise<SearchLoadFigures> {
  let next = 0;
  const searchRun = (duration: number) =>
    autocannon({
      url: origin,
      connections: 40,
      duration,
      requests: [
        {
          setupRequest: (req) => {
            const q = queries[next++ % queries.length]!;
            const locale = /\p{Script=Han}/u.test(q) || next % 3 === 0 ? 'zh' : 'en';
            return { ...req, path: `/${locale}/search?q=${encodeURIComponent(q)}` };
          },
        },
      ],
    });
  const articleRun = (duration: number) => autocannon({ url: origin + articlePath, connections: 10, duration });
  // A short warm-up of both (JIT, the search index, the results cache), then the measured run.
  await Promise.all([searchRun(3), articleRun(3)]);
  const loadAverageBefore = loadavg().map((n) => Math.round(n * 100) / 100);
  const [s, a] = await Promise.all([searchRun(seconds), articleRun(seconds)]);
  const loadAverageAfter = loadavg().map((n) => Math.round(n * 100) / 100);
  const article = figures(articlePath, 10, a);
  const search = { ...figures('/{zh,en}/search?q=… (50 queries)', 40, s), status503: Number(s.statusCodeStats?.['503']?.count ?? 0) };
  const met =
    article.p99Ms <= searchTargets.articleP99Ms &&
    search.p99Ms <= searchTargets.searchP99Ms &&
    article.errors + article.non2xx + search.errors + search.non2xx === 0;
  return { seconds, loadAverageBefore, loadAverageAfter, article, search, met };
}

export function printSearchLoad(r: SearchLoadFigures) {
  console.log(
    `\nSearch beside pages (${r.seconds} s; load average before ${r.loadAverageBefore.join(' ')}, after ${r.loadAverageAfter.join(' ')}; the machine may be shared)`,
  );
  console.table(
    [r.article, r.search].map((f) => ({
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
}
