/**
 * `npx tsx lib/search/bench.ts`: how fast search answers (a benchmark, not a test: numbers vary by machine).
 *   1. the library alone: search() over the prebuilt index, per query;
 *   2. the server page: GET /{locale}/search?q=… end to end, sequential requests after a warm-up.
 * Uses BENCH_ORIGIN if set, otherwise starts `next start` on the last build on a free port.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadIndex, search } from './index';
import type { SiteSearchData } from './site-docs';

const root = path.resolve(import.meta.dirname, '../..');
const queries = {
  zh: ['苜蓿', '中草药', '整山整沟', '13万亩', '光伏', '绿色矿山建设'],
  en: ['alfalfa', 'terraces', 'hydrogen', 'green mine', 'solar panels', 'coal'],
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (const locale of ['zh', 'en'] as const) {
  const data = JSON.parse(readFileSync(path.join(import.meta.dirname, 'generated', `${locale}.json`), 'utf8')) as SiteSearchData;
  const raw = JSON.stringify(data.index);
  let t = performance.now();
  const index = loadIndex(data.index);
  const loadMs = performance.now() - t;
  const times: number[] = [];
  for (let i = 0; i < 50; i++)
    for (const q of queries[locale]) {
      t = performance.now();
      search(index, q);
      times.push(performance.now() - t);
    }
  console.log(
    `${locale}: index ${(raw.length / 1024).toFixed(1)} KiB raw, ${(gzipSync(raw).length / 1024).toFixed(1)} KiB gzip, ` +
      `${data.index.docs.length} docs; loadIndex ${loadMs.toFixed(1)} ms; search() median ${median(times).toFixed(2)} ms`,
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

let origin = process.env.BENCH_ORIGIN;
let child: ReturnType<typeof spawn> | undefined;
if (!origin) {
  const port = await freePort();
  child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    stdio: 'ignore',
  });
  origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${origin}/zh`)).status < 500) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
try {
  for (const locale of ['zh', 'en'] as const) {
    const url = (q: string) => `${origin}/${locale}/search?q=${encodeURIComponent(q)}`;
    for (const q of queries[locale]) await (await fetch(url(q))).text(); // warm-up: first request loads the index
    const times: number[] = [];
    for (let i = 0; i < 20; i++)
      for (const q of queries[locale]) {
        const t = performance.now();
        await (await fetch(url(q))).text();
        times.push(performance.now() - t);
      }
    console.log(`${locale}: server page median ${median(times).toFixed(1)} ms over ${times.length} requests`);
  }
} finally {
  child?.kill('SIGTERM');
}
