/**
 * `npm run bench`: a benchmark, not a test (nothing here fails on a number). It builds from clean into its own
 * dist dir (`npm run build` with NEXT_DIST_DIR, so a developer's .next is untouched), starts the standalone
 * production server (lib/testing/serve.ts, what `npm start` runs), and measures each page type against its two
 * floors in the same run (floors.ts): the same HTML with its scripts removed (no-JS) and a bare App Router page
 * with the same text (framework, lib/testing/bench/floor). Lighthouse (median of BENCH_RUNS), JavaScript and HTML
 * weight, throughput against a plain static server at 50 connections, and the build time. Prints tables and
 * writes lib/testing/.reports/bench.json.
 *
 * Knobs: BENCH_QUICK=1 (one run, /zh/restoration only, mobile only, 5 s of load: a few minutes),
 * BENCH_RUNS (3), BENCH_PATHS=/zh/restoration,/en (measure these instead of one page per type; no crawl),
 * The search-beside-pages scenario (search-load.ts) runs with the load figures; `npm run bench:search` runs only it.
 * BENCH_TYPES=article,home (filter the crawled types), BENCH_LOCALES=zh, BENCH_PRESETS=mobile,
 * BENCH_LOAD_SECONDS (10), BENCH_CONNECTIONS (50), BENCH_SKIP_BUILD=1 (reuse the last bench build;
 * BENCH_DIST_DIR=.next measures the last `npm run build`), BENCH_SKIP_LIGHTHOUSE=1, BENCH_SKIP_LOAD=1,
 * BENCH_THROTTLING=devtools (Lighthouse slows the page as it loads instead of simulating it: see lighthouse.ts).
 */
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crawl, pageTypeName } from '../e2e/site';
import { startServer } from '../serve';
import { buildFloor, pageText, startFloor, startNoJs, type FloorPage } from './floors';
import { audit, categories, throttlingFrom, withChrome, type LighthouseFigures, type Preset } from './lighthouse';
import { compareWithStatic } from './load';
import { printSearchLoad, searchBesidePages } from './search-load';
import { samplePages } from './types';
import { kib, root } from './util';
import { weigh, type Weight } from './weight';

const quick = !!process.env.BENCH_QUICK;
const list = (v: string | undefined) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;
const distDir = process.env.BENCH_DIST_DIR || '.next-bench';
const runs = Number(process.env.BENCH_RUNS || (quick ? 1 : 3));
const loadSeconds = Number(process.env.BENCH_LOAD_SECONDS || (quick ? 5 : 10));
const connections = Number(process.env.BENCH_CONNECTIONS || 50);
const onlyPaths = list(process.env.BENCH_PATHS) ?? (quick ? ['/zh/restoration'] : undefined);
const onlyTypes = list(process.env.BENCH_TYPES);
const onlyLocales = list(process.env.BENCH_LOCALES);
const throttling = throttlingFrom(process.env.BENCH_THROTTLING);
const presets = (list(process.env.BENCH_PRESETS) ?? (quick ? ['mobile'] : ['mobile', 'desktop'])) as Preset[];
const env = { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' as const };
/** The performance targets the benchmark reports as met or not met. */
const targets = {
  perfMin: 95,
  perfBelowFramework: 2,
  tbtOverFrameworkMs: 50,
  lcpOverNoJsMs: 300,
  /** The page's own client leaves on top of what a bare App Router page ships (a target below the floor is moot). */
  articleJsOverFrameworkKiB: 15,
  articleHtmlGzipKiB: 30,
  rpsRatio: 0.2,
};
const floors = ['site', 'no-JS', 'framework'] as const;
type Floor = (typeof floors)[number];

async function buildFromClean(): Promise<number> {
  // Never wipe the developer's own build: a clean build goes into a bench-only folder.
  if (path.basename(distDir) === '.next') throw new Error('BENCH_DIST_DIR=.next needs BENCH_SKIP_BUILD=1');
  await rm(path.join(root, distDir), { recursive: true, force: true });
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    // The whole build as the team runs it: content check, next build, CSP manifest and standalone folder.
    const child = spawn('npm', ['run', 'build'], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build exited ${code}`))));
  });
  return Math.round((performance.now() - start) / 100) / 10;
}

function table(rows: Record<string, unknown>[]) {
  if (rows.length) console.table(rows);
}

const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;

async function main() {
  const buildSeconds = process.env.BENCH_SKIP_BUILD ? null : await buildFromClean();
  if (buildSeconds !== null) console.log(`\nbuild from clean (npm run build): ${buildSeconds} s`);
  const server = await startServer({ distDir });
  const { origin } = server;
  const stops: (() => unknown)[] = [() => server.stop()];
  try {
    const pages = onlyPaths ?? (await crawl(origin));
    const samples = (
      onlyPaths ? onlyPaths.map((p) => ({ type: pageTypeName(p, onlyPaths), locale: p.split('/')[1]!, path: p })) : samplePages(pages)
    ).filter((s) => (!onlyTypes || onlyTypes.includes(s.type)) && (!onlyLocales || onlyLocales.includes(s.locale)));
    console.log(
      `\n${onlyPaths ? 'given paths' : `${pages.length} pages crawled`}; measuring ${samples.length}: ${samples.map((s) => s.path).join(' ')}\n`,
    );

    // The floors for exactly these pages: the framework fixture holds each page's text under `{type}-{locale}`.
    const key = (s: { type: string; locale: string }) => `${s.type}-${s.locale}`.replace(/[^a-z0-9-]/gi, '_');
    const texts: Record<string, FloorPage> = {};
    for (const s of samples) texts[key(s)] = pageText(await (await fetch(origin + s.path)).text());
    const floorBuild = await buildFloor(texts);
    console.log(`framework floor fixture: ${floorBuild.seconds === null ? 'unchanged, not rebuilt' : `built in ${floorBuild.seconds} s`}`);
    const floor = await startFloor();
    stops.push(() => floor.child.kill('SIGTERM'));
    const nojs = await startNoJs(
      origin,
      samples.map((s) => s.path),
    );
    stops.push(() => nojs.server.close());
    const url = (f: Floor, s: { type: string; locale: string; path: string }) =>
      f === 'site' ? origin + s.path : f === 'no-JS' ? nojs.origin + s.path : `${floor.origin}/${key(s)}`;

    const weights: ({ type: string; locale: string; path: string; floor: Floor } & Weight)[] = [];
    for (const s of samples)
      for (const f of floors) {
        const u = new URL(url(f, s));
        // The query too: a search page is a different page from the empty search, and the no-JS server only
        // holds the exact paths it was given.
        weights.push({ ...s, floor: f, ...(await weigh(u.origin, u.pathname + u.search)) });
      }
    table(
      weights.map((w) => ({
        type: w.type,
        page: w.path,
        floor: w.floor,
        scripts: w.scripts,
        'JS KiB': kib(w.jsRaw),
        'JS gzip KiB': kib(w.jsGzip),
        'HTML KiB': kib(w.htmlRaw),
        'HTML gzip KiB': kib(w.htmlGzip),
        'RSC payload KiB': kib(w.rscRaw),
      })),
    );

    const lighthouse: ({ type: string; locale: string; path: string; preset: Preset; floor: Floor } & LighthouseFigures)[] = [];
    if (!process.env.BENCH_SKIP_LIGHTHOUSE)
      await withChrome(async (chromePort) => {
        for (const s of samples)
          for (const preset of presets)
            for (const f of floors) {
              // Warm the server's caches (image optimizer) so every measured run sees the same server.
              await fetch(url(f, s)).then((r) => r.arrayBuffer());
              const figures = await audit(chromePort, url(f, s), preset, runs, throttling);
              lighthouse.push({ ...s, preset, floor: f, ...figures });
              console.log(
                `lighthouse ${preset} ${s.path} [${f}]: ${categories.map((c) => figures[c]).join('/')} TBT ${figures.tbtMs} ms LCP ${figures.lcpMs} ms`,
              );
            }
      });

    // Side by side: each page and preset, its figures as served and on both floors, then the gaps.
    const byKey = new Map(lighthouse.map((l) => [`${l.path}|${l.preset}|${l.floor}`, l]));
    const weightOf = (p: string, f: Floor) => weights.find((w) => w.path === p && w.floor === f)!;
    const sideBySide: Record<string, unknown>[] = [];
    const gaps: Record<string, unknown>[] = [];
    for (const s of samples)
      for (const preset of process.env.BENCH_SKIP_LIGHTHOUSE ? (['-'] as const) : presets) {
        const lh = (f: Floor) => byKey.get(`${s.path}|${preset}|${f}`);
        for (const f of floors)
          sideBySide.push({
            type: s.type,
            page: s.path,
            preset,
            floor: f,
            perf: lh(f)?.performance ?? '-',
            'TBT ms': lh(f)?.tbtMs ?? '-',
            'LCP ms': lh(f)?.lcpMs ?? '-',
            'JS gzip KiB': kib(weightOf(s.path, f).jsGzip),
            'HTML gzip KiB': kib(weightOf(s.path, f).htmlGzip),
          });
        const [site, noJs, fw] = floors.map(lh);
        const w = (f: Floor) => weightOf(s.path, f);
        gaps.push({
          type: s.type,
          page: s.path,
          preset,
          'perf − framework': site && fw ? site.performance - fw.performance : '-',
          'TBT ÷ no-JS': site && noJs ? round(site.tbtMs / Math.max(1, noJs.tbtMs), 1) : '-',
          'TBT ÷ framework': site && fw ? round(site.tbtMs / Math.max(1, fw.tbtMs), 1) : '-',
          'LCP − no-JS ms': site && noJs ? site.lcpMs - noJs.lcpMs : '-',
          'JS ÷ framework': round(w('site').jsGzip / Math.max(1, w('framework').jsGzip), 2),
          'HTML ÷ no-JS': round(w('site').htmlGzip / Math.max(1, w('no-JS').htmlGzip), 2),
          'HTML ÷ framework': round(w('site').htmlGzip / Math.max(1, w('framework').htmlGzip), 2),
        });
      }
    console.log('\nEach page against its floors (no-JS: same HTML without scripts; framework: bare App Router page, same text)');
    table(sideBySide);
    console.log('Gaps to the floors');
    table(gaps);
    const scoresOf = lighthouse.filter((l) => l.floor === 'site');
    if (scoresOf.length)
      table(
        scoresOf.map((l) => ({
          page: l.path,
          preset: l.preset,
          perf: l.performance,
          a11y: l.accessibility,
          'best-pr.': l['best-practices'],
          seo: l.seo,
          CLS: l.cls,
          failing: (l as { failing?: string[] }).failing?.join(' ') ?? '',
        })),
      );

    const article = samples.find((s) => s.type === 'article');
    const load =
      article && !process.env.BENCH_SKIP_LOAD
        ? await compareWithStatic(origin, article.path, loadSeconds, connections, server.child.pid)
        : undefined;
    if (load)
      table(
        (['next', 'static'] as const).map((k) => ({
          server: k === 'next' ? 'next start' : 'static (memory)',
          page: load.page,
          connections: load.connections,
          'req/s': load[k].rps,
          'p50 ms': load[k].latencyP50Ms,
          'p99 ms': load[k].latencyP99Ms,
          errors: load[k].errors + load[k].non2xx,
          'CPU ms/req': load[k].cpuMsPerRequest,
          'ratio (req/s)': k === 'next' ? load.ratio : 1,
          'ratio (CPU/req)': k === 'next' ? load.cpuRatio : 1,
        })),
      );

    // Search beside pages: 40 connections of varied searches and 10 on the article at once.
    const searchLoad = article && !process.env.BENCH_SKIP_LOAD ? await searchBesidePages(origin, article.path, loadSeconds) : undefined;
    if (searchLoad) printSearchLoad(searchLoad);

    const mobileSite = lighthouse.filter((l) => l.preset === 'mobile' && l.floor === 'site');
    const mobileOf = (p: string, f: Floor) => lighthouse.find((l) => l.preset === 'mobile' && l.floor === f && l.path === p);
    const articleWeights = weights.filter((w) => w.type === 'article' && w.floor === 'site');
    const frameworkJs = (p: string) => weights.find((w) => w.path === p && w.floor === 'framework')?.jsGzip ?? NaN;
    const verdicts = {
      perf: {
        target: `mobile performance ≥ ${targets.perfMin} and within ${targets.perfBelowFramework} points of the framework floor`,
        met:
          mobileSite.length > 0 &&
          mobileSite.every(
            (l) =>
              l.performance >= targets.perfMin &&
              l.performance >= (mobileOf(l.path, 'framework')?.performance ?? 100) - targets.perfBelowFramework,
          ),
        measured: mobileSite.map((l) => `${l.path} ${l.performance} (framework ${mobileOf(l.path, 'framework')?.performance})`),
      },
      tbt: {
        target: `mobile TBT within ${targets.tbtOverFrameworkMs} ms of the framework floor`,
        met:
          mobileSite.length > 0 &&
          mobileSite.every((l) => l.tbtMs - (mobileOf(l.path, 'framework')?.tbtMs ?? 0) <= targets.tbtOverFrameworkMs),
        measured: mobileSite.map((l) => `${l.path} ${l.tbtMs} ms (framework ${mobileOf(l.path, 'framework')?.tbtMs} ms)`),
      },
      lcp: {
        target: `mobile LCP within ${targets.lcpOverNoJsMs} ms of the no-JS floor`,
        met: mobileSite.length > 0 && mobileSite.every((l) => l.lcpMs - (mobileOf(l.path, 'no-JS')?.lcpMs ?? 0) <= targets.lcpOverNoJsMs),
        measured: mobileSite.map((l) => `${l.path} +${l.lcpMs - (mobileOf(l.path, 'no-JS')?.lcpMs ?? NaN)} ms`),
      },
      lighthouseOther: {
        target: 'accessibility, best practices and SEO 100 (search results may keep SEO below 100: noindex)',
        met:
          mobileSite.length > 0 &&
          mobileSite.every((l) => l.accessibility === 100 && l['best-practices'] === 100 && (l.seo === 100 || l.type === 'search')),
      },
      articleJs: {
        target: `article JS within ${targets.articleJsOverFrameworkKiB} KiB gzip of the framework floor`,
        met:
          articleWeights.length > 0 &&
          articleWeights.every((w) => kib(w.jsGzip) - kib(frameworkJs(w.path)) <= targets.articleJsOverFrameworkKiB),
        measuredKiB: articleWeights.map((w) => `${kib(w.jsGzip)} (framework ${kib(frameworkJs(w.path))})`),
      },
      articleHtml: {
        target: `article HTML ≤ ${targets.articleHtmlGzipKiB} KiB gzip`,
        met: articleWeights.length > 0 && articleWeights.every((w) => kib(w.htmlGzip) <= targets.articleHtmlGzipKiB),
        measuredKiB: articleWeights.map((w) => kib(w.htmlGzip)),
      },
      searchBesidePages: {
        target: 'with 40 connections searching: article p99 ≤ 250 ms, search p99 ≤ 1 s, 0 errors',
        met: !!searchLoad?.met,
        article: searchLoad?.article,
        search: searchLoad?.search,
        uncached: searchLoad?.uncached,
        loadAverage: searchLoad?.loadAverageAfter,
      },
      throughput: {
        target: `next start ≥ ${targets.rpsRatio} × static req/s, 0 errors, at ${connections} connections`,
        met: !!load && load.ratio >= targets.rpsRatio && load.next.errors + load.next.non2xx === 0,
        ratio: load?.ratio,
        cpuRatio: load?.cpuRatio,
      },
    };
    console.log(`\nbuild from clean: ${buildSeconds === null ? 'skipped' : `${buildSeconds} s`}`);
    for (const v of Object.values(verdicts)) console.log(`${v.met ? 'MET    ' : 'NOT MET'}  ${v.target}`);

    const report = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: (await import('node:os')).cpus().length,
      runs,
      quick,
      buildSeconds,
      pages: pages.length,
      weights,
      lighthouse,
      gaps,
      load,
      verdicts,
    };
    const out = path.join(root, 'lib/testing/.reports/bench.json');
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, JSON.stringify(report, null, 2));
    console.log(`report: ${path.relative(root, out)}`);
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}

await main();
