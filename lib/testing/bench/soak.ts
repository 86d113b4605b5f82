/**
 * Soak benchmark (not a test): loads the standalone production server on 127.0.0.1 for SOAK_SECONDS (default
 * 300) with a mix of pages, images and 404s, and reports memory at start and end, throughput, latency and any
 * errors. Run after `npm run build`: `npm run bench:soak`. Writes lib/testing/.reports/soak.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { repoRoot, startServer } from '../serve';

const seconds = Number(process.env.SOAK_SECONDS || 300);
const paths = [
  '/zh',
  '/en',
  '/zh/restoration',
  '/en/restoration',
  '/zh/industries',
  '/en/targets',
  '/zh/restoration?_rsc=1',
  '/_next/image?url=%2Fphotos%2Fvineyards.jpg&w=480&q=75',
  '/photos/pv-hydrogen.jpg',
  '/zh/no-such-page',
  '/healthz',
];

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const server = await startServer();
const pid = server.child.pid!;
// Warm up every path once so the first-request costs are not counted as growth.
for (const p of paths) await fetch(server.origin + p).then((r) => r.arrayBuffer());
const samples: { t: number; rss: number }[] = [{ t: 0, rss: rssMiB(pid) }];
const started = Date.now();
const sampler = setInterval(() => samples.push({ t: Math.round((Date.now() - started) / 1000), rss: rssMiB(pid) }), 10_000);

let i = 0;
const result = await autocannon({
  url: server.origin,
  connections: 10,
  duration: seconds,
  requests: [
    {
      setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]!, headers: { accept: 'text/html,image/webp,*/*' } }),
    },
  ],
});
clearInterval(sampler);
samples.push({ t: seconds, rss: rssMiB(pid) });
const alive = (await fetch(`${server.origin}/healthz`)).ok;
await server.stop();

const report = {
  seconds,
  requests: result.requests.total,
  requestsPerSecond: result.requests.average,
  latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
  errors: result.errors,
  timeouts: result.timeouts,
  status: { '2xx': result['2xx'], '3xx': result['3xx'], '4xx': result['4xx'], '5xx': result['5xx'] },
  memoryMiB: { start: samples[0]!.rss, end: samples.at(-1)!.rss, max: Math.max(...samples.map((s) => s.rss)) },
  aliveAfter: alive,
  samples,
};
const dir = path.join(repoRoot, 'lib/testing/.reports');
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'soak.json'), JSON.stringify(report, null, 2));
console.table({
  requests: report.requests,
  'req/s': Math.round(report.requestsPerSecond),
  'p50 ms': report.latencyMs.p50,
  'p99 ms': report.latencyMs.p99,
  errors: report.errors,
  timeouts: report.timeouts,
  '5xx': report.status['5xx'],
  '4xx (404 by design)': report.status['4xx'],
  'RSS start MiB': report.memoryMiB.start.toFixed(1),
  'RSS end MiB': report.memoryMiB.end.toFixed(1),
  'RSS max MiB': report.memoryMiB.max.toFixed(1),
  'alive after': report.aliveAfter,
});
process.exit(report.errors || report.status['5xx'] || !alive ? 1 : 0);
