import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../../..');

/** Starts a child process and resolves once `origin + probe` answers; the caller kills it. */
export async function startChild(
  cmd: string,
  args: string[],
  origin: string,
  probe: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ChildProcess> {
  const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const res = await fetch(origin + probe, { redirect: 'manual' }).catch(() => undefined);
    if (res && res.status < 500) return child;
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${cmd} ${args.join(' ')} did not come up:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
