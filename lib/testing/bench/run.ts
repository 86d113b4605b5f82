/**
 * `npm run bench`: a benchmark, not a test (nothing here fails on a number). It builds from clean into its own
 * dist dir (`npm run build` with NEXT_DIST_DIR, so a developer's .next is untouched), starts the standalone
 * production server (lib/testing/serve.ts, what `npm start` runs), and measures each page
 * type in both locales: Lighthouse mobile and desktop (median of BENCH_RUNS, default 3), the JavaScript and
 * HTML weight, throughput against a plain static server, and the build time. Prints tables and writes
 * lib/testing/.reports/bench.json. Knobs: BENCH_RUNS, BENCH_LOAD_SECONDS (10), BENCH_SKIP_BUILD=1 (reuse the
 * last bench build; no build time; BENCH_DIST_DIR=.next measures the last `npm run build`), BENCH_SKIP_LIGHTHOUSE=1.
 */
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crawl } from '../e2e/site';
import { audit, categories, withChrome, type LighthouseFigures, type Preset } from './lighthouse';
import { compareWithStatic } from './load';
import { samplePages } from './types';
import { startServer } from '../serve';
import { kib, root } from './util';
import { weigh } from './weight';

const distDir = process.env.BENCH_DIST_DIR || '.next-bench';
const runs = Number(process.env.BENCH_RUNS || 3);
const loadSeconds = Number(process.env.BENCH_LOAD_SECONDS || 10);
const env = { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' as const };
const targets = { lighthouseMobile: 100, articleJsGzipKiB: 120, rpsRatio: 0.2 };

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

async function main() {
  const buildSeconds = process.env.BENCH_SKIP_BUILD ? null : await buildFromClean();
  if (buildSeconds !== null) console.log(`\nbuild from clean (npm run build): ${buildSeconds} s`);
  const server = await startServer({ distDir });
  const { origin } = server;
  try {
    const pages = await crawl(origin);
    const samples = samplePages(pages);
    console.log(`\n${pages.length} pages crawled; measuring ${samples.length} (one per type and locale)\n`);

    const weights = [];
    for (const s of samples) weights.push({ ...s, ...(await weigh(origin, s.path)) });
    table(
      weights.map((w) => ({
        type: w.type,
        page: w.path,
        scripts: w.scripts,
        'JS KiB': kib(w.jsRaw),
        'JS gzip KiB': kib(w.jsGzip),
        'HTML gzip KiB': kib(w.htmlGzip),
      })),
    );

    const lighthouse: ({ type: string; locale: string; path: string; preset: Preset } & LighthouseFigures)[] = [];
    if (!process.env.BENCH_SKIP_LIGHTHOUSE)
      await withChrome(async (chromePort) => {
        for (const s of samples)
          for (const preset of ['mobile', 'desktop'] as const) {
            // Warm the server's caches (image optimizer) so every measured run sees the same server.
            await fetch(origin + s.path).then((r) => r.arrayBuffer());
            const figures = await audit(chromePort, origin + s.path, preset, runs);
            lighthouse.push({ ...s, preset, ...figures });
            console.log(`lighthouse ${preset} ${s.path}: ${categories.map((c) => figures[c]).join('/')} LCP ${figures.lcpMs} ms`);
          }
      });
    table(
      lighthouse.map((l) => ({
        type: l.type,
        page: l.path,
        preset: l.preset,
        perf: l.performance,
        a11y: l.accessibility,
        'best-pr.': l['best-practices'],
        seo: l.seo,
        'LCP ms': l.lcpMs,
        'TBT ms': l.tbtMs,
        CLS: l.cls,
      })),
    );

    const article = samples.find((s) => s.type === 'article');
    const load = article ? await compareWithStatic(origin, article.path, loadSeconds) : undefined;
    if (load)
      table([
        {
          server: 'next start',
          page: load.page,
          'req/s': load.next.rps,
          'p50 ms': load.next.latencyP50Ms,
          'p99 ms': load.next.latencyP99Ms,
          errors: load.next.errors + load.next.non2xx,
        },
        {
          server: 'static (memory)',
          page: load.page,
          'req/s': load.static.rps,
          'p50 ms': load.static.latencyP50Ms,
          'p99 ms': load.static.latencyP99Ms,
          errors: load.static.errors + load.static.non2xx,
        },
      ]);

    const mobile = lighthouse.filter((l) => l.preset === 'mobile');
    const articleJs = weights.filter((w) => w.type === 'article').map((w) => kib(w.jsGzip));
    const verdicts = {
      lighthouseMobile100: {
        target: 'Lighthouse mobile 100 in all four categories on every page type',
        met: mobile.length > 0 && mobile.every((l) => categories.every((c) => l[c] >= targets.lighthouseMobile)),
        below: mobile
          .filter((l) => categories.some((c) => l[c] < targets.lighthouseMobile))
          .map((l) => `${l.path}: ${categories.map((c) => `${c} ${l[c]}`).join(', ')}`),
      },
      articleJs: {
        target: `article JS ≤ ${targets.articleJsGzipKiB} KiB gzip`,
        met: articleJs.every((k) => k <= targets.articleJsGzipKiB),
        measuredKiB: articleJs,
      },
      throughput: {
        target: `next start ≥ ${targets.rpsRatio} × static req/s`,
        met: !!load && load.ratio >= targets.rpsRatio,
        ratio: load?.ratio,
      },
    };
    console.log(`\nbuild from clean: ${buildSeconds === null ? 'skipped' : `${buildSeconds} s`}`);
    for (const v of Object.values(verdicts)) console.log(`${v.met ? 'MET    ' : 'NOT MET'}  ${v.target}`);

    const report = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: (await import('node:os')).cpus().length,
      runs,
      buildSeconds,
      pages: pages.length,
      weights,
      lighthouse,
      load,
      verdicts,
    };
    const out = path.join(root, 'lib/testing/.reports/bench.json');
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, JSON.stringify(report, null, 2));
    console.log(`report: ${path.relative(root, out)}`);
  } finally {
    await server.stop();
  }
}

await main();
