/**
 * `npm run bench:trace`: where an article's main-thread time goes on a phone-class CPU. Loads one page in
 * Chromium (phone viewport, CPU slowed 4×), records a DevTools trace with the V8 sampling profiler, and prints
 * - the main thread's busy time, long tasks and a TBT estimate (from FCP to 10 s, as Lighthouse counts it);
 * - time by kind of work (script evaluation, compile, parse HTML, style, layout, paint, GC);
 * - self time by source file, with the files of this repository named (from browser source maps), and the
 *   top functions.
 * It builds into `.next-trace` with BENCH_SOURCE_MAPS=1 (source maps only in that build), unless
 * TRACE_SKIP_BUILD=1. TRACE_PATH (default /zh/restoration), TRACE_CPU (4), TRACE_RUNS (1).
 * Writes lib/testing/.reports/trace.json (the summary) and trace-events.json (open in DevTools' Performance panel).
 * A benchmark, not a test.
 */
import { spawn } from 'node:child_process';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { SourceMap, type SourceMapPayload } from 'node:module';
import path from 'node:path';
import { launch } from '../e2e/browser';
import { startServer } from '../serve';
import { root } from './util';

const distDir = process.env.TRACE_DIST_DIR || '.next-trace';
const pagePath = process.env.TRACE_PATH || '/zh/restoration';
const cpu = Number(process.env.TRACE_CPU || 4);

type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown> & { data?: Record<string, unknown> };
};
type ProfileNode = {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
};

async function build() {
  await new Promise<void>((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], {
      cwd: root,
      env: { ...process.env, NEXT_DIST_DIR: distDir, BENCH_SOURCE_MAPS: '1', NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`build exited ${code}`))));
  });
}

/** Requests the page made after its own document: scripts, styles, images, and any RSC prefetch (`_rsc`). */
const requests: { url: string; type: string; prefetch: boolean }[] = [];

async function record(url: string): Promise<TraceEvent[]> {
  const browser = await launch();
  try {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    page.on('request', (r) =>
      requests.push({
        url: r.url(),
        type: r.resourceType(),
        prefetch: r.url().includes('_rsc=') || !!r.headers()['rsc'] || !!r.headers()['next-router-prefetch'],
      }),
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'v8',
        'disabled-by-default-v8.cpu_profiler',
        'blink.user_timing',
        'loading',
        'toplevel',
      ],
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(3000); // idle callbacks and late effects
    const buffer = await browser.stopTracing();
    return (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  } finally {
    await browser.close();
  }
}

/** Source maps of the build's chunks, to turn (chunk, line, column) into a source file. */
const maps = new Map<string, SourceMap | null>();
async function sourceOf(url: string, line: number, column: number): Promise<string> {
  const m = /\/_next\/(static\/.+\.js)/.exec(url);
  if (!m) return url || '(native)';
  if (!maps.has(m[1]!)) {
    // The map's name is in the chunk's last line (Turbopack hashes it separately from the chunk's own name).
    const chunk = path.join(root, distDir, m[1]!);
    const load = async () => {
      const ref = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(await readFile(chunk, 'utf8'))?.[1];
      if (!ref) return null;
      return new SourceMap(JSON.parse(await readFile(path.join(path.dirname(chunk), ref), 'utf8')) as SourceMapPayload);
    };
    maps.set(m[1]!, await load().catch(() => null));
  }
  const map = maps.get(m[1]!);
  const entry = map?.findEntry(line, column) as { originalSource?: string } | undefined;
  const source = entry?.originalSource;
  if (!source) return `${m[1]} (no map)`;
  // turbopack:///[project]/components/<name>.tsx → components/<name>.tsx; node_modules stay as package paths.
  return source.replace(/^.*\[project\]\//, '').replace(/^turbopack:\/\/\//, '');
}

const ms = (us: number) => Math.round(us / 100) / 10;

async function analyse(events: TraceEvent[]) {
  // The renderer's main thread: the CrRendererMain with the most work.
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busy = (pid: number, tid: number) =>
    events.filter((e) => e.pid === pid && e.tid === tid && e.name === 'RunTask').reduce((s, e) => s + (e.dur ?? 0), 0);
  const main = names.map((n) => ({ pid: n.pid, tid: n.tid, busy: busy(n.pid, n.tid) })).sort((a, b) => b.busy - a.busy)[0];
  if (!main) throw new Error('no renderer main thread in the trace');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  const navStart = onMain.find((e) => e.name === 'navigationStart')?.ts ?? tasks[0]?.ts ?? 0;
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === main.pid)?.ts ?? navStart;
  const lcp = events.filter((e) => e.name === 'largestContentfulPaint::Candidate' && e.pid === main.pid).at(-1)?.ts;
  const long = tasks.filter((t) => (t.dur ?? 0) > 50_000);
  const tbt = tasks.filter((t) => t.ts >= fcp && t.ts < navStart + 10_000_000).reduce((s, t) => s + Math.max(0, (t.dur ?? 0) - 50_000), 0);

  // Kinds of work: top-level trace events under the tasks (inclusive times; nested kinds are not double counted
  // because only the outermost event of a kind is counted).
  const kinds: Record<string, string> = {
    EvaluateScript: 'script evaluation',
    'v8.compile': 'compile',
    'v8.compileModule': 'compile',
    'V8.CompileCode': 'compile',
    FunctionCall: 'script (callbacks, timers, effects)',
    TimerFire: 'script (callbacks, timers, effects)',
    FireIdleCallback: 'script (callbacks, timers, effects)',
    RunMicrotasks: 'script (microtasks: hydration, promises)',
    'v8.runMicrotasks': 'script (microtasks: hydration, promises)',
    EventDispatch: 'script (events)',
    ParseHTML: 'parse HTML',
    ParseAuthorStyleSheet: 'parse CSS',
    UpdateLayoutTree: 'style',
    Layout: 'layout',
    PrePaint: 'paint',
    Paint: 'paint',
    Layerize: 'paint',
    UpdateLayer: 'paint',
    MajorGC: 'GC',
    MinorGC: 'GC',
    'V8.GC_SCAVENGER': 'GC',
  };
  const byKind: Record<string, number> = {};
  const open: { end: number; kind: string }[] = [];
  for (const e of onMain.filter((x) => x.ph === 'X' && kinds[x.name]).sort((a, b) => a.ts - b.ts)) {
    while (open.length && open.at(-1)!.end <= e.ts) open.pop();
    const kind = kinds[e.name]!;
    const insideScript = open.some((o) => o.kind.startsWith('script') || o.kind === 'script evaluation');
    // Style/layout forced from script is still style/layout work: count it, but not script nested in script.
    if (!open.some((o) => o.kind === kind) && !(insideScript && (kind.startsWith('script') || kind === 'script evaluation')))
      byKind[kind] = (byKind[kind] ?? 0) + (e.dur ?? 0);
    open.push({ end: e.ts + (e.dur ?? 0), kind });
  }

  // The sampling profile: self time per source file and per function.
  const nodes = new Map<number, ProfileNode>();
  const selfUs = new Map<number, number>();
  for (const e of events.filter((x) => x.name === 'ProfileChunk' && x.pid === main.pid)) {
    const profile =
      (e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined) ?? {};
    for (const n of profile.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const samples = profile.cpuProfile?.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, deltas[i] ?? 0)));
  }
  const fileOf = new Map<number, string>();
  for (const [id, n] of nodes) {
    const f = n.callFrame;
    // Frames without a URL are the engine's own ((program), (garbage collector)) or DOM built-ins (querySelectorAll).
    fileOf.set(
      id,
      f.url
        ? await sourceOf(f.url, f.lineNumber, f.columnNumber)
        : f.functionName.startsWith('(')
          ? f.functionName
          : `(native) ${f.functionName}`,
    );
  }
  const byFile = new Map<string, number>();
  const byFunction = new Map<string, number>();
  // Inclusive: time with a file anywhere on the stack (a component's render, including React work it causes
  // beneath it); only this repository's files, which is where the answer to "what of ours costs" lies.
  const inclusive = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const f = nodes.get(id)?.callFrame;
    if (!f || f.functionName === '(idle)') continue;
    const file = fileOf.get(id)!;
    byFile.set(file, (byFile.get(file) ?? 0) + us);
    const fn = `${f.functionName || '(anonymous)'} · ${file}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = nodes.get(id); n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) {
      const nf = fileOf.get(n.id)!;
      if (!seen.has(nf) && !/node_modules|^\(|^\[turbopack\]|no map|^static\/|^https?:/.test(nf))
        inclusive.set(nf, (inclusive.get(nf) ?? 0) + us);
      seen.add(nf);
    }
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => ({ what: k, ms: ms(v), ours: !/node_modules|^\(|^\[turbopack\]|no map|^static\/|^https?:/.test(k) }));
  return {
    page: pagePath,
    cpuSlowdown: cpu,
    mainThreadBusyMs: ms(tasks.reduce((s, t) => s + (t.dur ?? 0), 0)),
    fcpMs: ms(fcp - navStart),
    lcpMs: lcp ? ms(lcp - navStart) : null,
    tbtEstimateMs: ms(tbt),
    longTasks: long.map((t) => ({ atMs: ms(t.ts - navStart), ms: ms(t.dur ?? 0) })),
    byKindMs: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, ms(v)])),
    byFile: top(byFile, 25),
    byFunction: top(byFunction, 25),
    oursInclusive: top(inclusive, 15),
    requests: {
      total: requests.length,
      byType: requests.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.type]: (acc[r.type] ?? 0) + 1 }), {}),
      rscPrefetches: requests.filter((r) => r.prefetch).map((r) => r.url),
    },
  };
}

async function main() {
  if (!process.env.TRACE_SKIP_BUILD) await build();
  const server = await startServer({ distDir });
  try {
    await fetch(server.origin + pagePath).then((r) => r.arrayBuffer()); // warm the server
    const events = await record(server.origin + pagePath);
    const summary = await analyse(events);
    const dir = path.join(root, 'lib/testing/.reports');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'trace-events.json'), JSON.stringify({ traceEvents: events }));
    await writeFile(path.join(dir, 'trace.json'), JSON.stringify(summary, null, 2));
    console.log(
      `${summary.page}, CPU ${cpu}× slower: main thread busy ${summary.mainThreadBusyMs} ms, FCP ${summary.fcpMs} ms, LCP ${summary.lcpMs} ms, TBT ≈ ${summary.tbtEstimateMs} ms`,
    );
    console.log('long tasks', summary.longTasks);
    console.log('requests during load', summary.requests);
    console.table(Object.entries(summary.byKindMs).map(([kind, v]) => ({ kind, ms: v })));
    console.log('self time by source file (ours = this repository)');
    console.table(summary.byFile);
    console.log('self time by function');
    console.table(summary.byFunction);
    console.log("this repository's files, inclusive (time with the file on the stack)");
    console.table(summary.oursInclusive);
    console.log('report: lib/testing/.reports/trace.json; events: lib/testing/.reports/trace-events.json');
  } finally {
    await server.stop();
  }
}

await main();
