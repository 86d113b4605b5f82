import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { freePort } from '../serve';
import { startChild } from './util';

export type LoadFigures = {
  rps: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  errors: number;
  non2xx: number;
  /** The server process's own CPU time (user + system) per request: unlike req/s, barely moved by other load on the machine. */
  cpuMsPerRequest: number;
};

/** CPU time a process has used so far, in ms (Linux /proc; NaN elsewhere). Clock ticks are 100 per second on Linux. */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** A warm-up run (discarded: caches, JIT), then the measured run. Loopback only, bounded in time. */
async function measure(url: string, seconds: number, connections: number, pid?: number): Promise<LoadFigures> {
  await autocannon({ url, connections, duration: Math.min(3, seconds) });
  const cpuBefore = cpuMs(pid);
  const r = await autocannon({ url, connections, duration: seconds });
  return {
    rps: Math.round(r.requests.average),
    latencyP50Ms: r.latency.p50,
    latencyP99Ms: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    cpuMsPerRequest: Math.round(((cpuMs(pid) - cpuBefore) / Math.max(1, r.requests.total)) * 1000) / 1000,
  };
}

/**
 * The production server against a plain Node server that holds the same HTML bytes in memory, in the same run, one after
 * the other (never at once: they would share the two cores). Each server is its own process, like the load
 * generator's target in production.
 */
export async function compareWithStatic(origin: string, pagePath: string, seconds: number, connections = 50, serverPid?: number) {
  const html = Buffer.from(await (await fetch(origin + pagePath)).arrayBuffer());
  const file = path.join(tmpdir(), `bench-static-${process.pid}.html`);
  await writeFile(file, html);
  const next = await measure(origin + pagePath, seconds, connections, serverPid);
  const port = await freePort();
  const staticOrigin = `http://127.0.0.1:${port}`;
  const child = await startChild(
    process.execPath,
    [path.join(import.meta.dirname, 'static-server.mjs'), file, String(port)],
    staticOrigin,
    '/',
  );
  try {
    const plain = await measure(staticOrigin + pagePath, seconds, connections, child.pid);
    return {
      page: pagePath,
      htmlBytes: html.length,
      seconds,
      connections,
      next,
      static: plain,
      ratio: Math.round((next.rps / plain.rps) * 1000) / 1000,
      /** static CPU per request ÷ next's: the throughput ratio two CPU-bound servers would have on a quiet machine. */
      cpuRatio: Math.round((plain.cpuMsPerRequest / next.cpuMsPerRequest) * 1000) / 1000,
    };
  } finally {
    child.kill('SIGTERM');
  }
}
