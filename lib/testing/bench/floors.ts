import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../serve';
import { root, startChild } from './util';

/**
 * The two floors every page is measured against (run.ts):
 * - no-JS: the page's own HTML with every script removed (inline, external, preloads), served next to the real
 *   server so its CSS, images and fonts are the same files. What the page costs with no hydration at all.
 * - framework: a bare App Router page (lib/testing/bench/floor, built with the project's own `next`) holding the
 *   same headings and paragraphs, with no CSS and no client components. What Next.js and React cost on their own.
 */

/** Removes every executable script, and the hints that would fetch one; JSON-LD data blocks stay. */
export function stripScripts(html: string): string {
  return html
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script>/gi, (tag, attrs: string) => (/type=["']?application\/ld\+json/i.test(attrs) ? tag : ''))
    .replace(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)["']?[^>]*\bas=["']?script["']?[^>]*>/gi, '')
    .replace(/<link\b[^>]*\bas=["']?script["']?[^>]*\brel=["']?(?:modulepreload|preload)["']?[^>]*>/gi, '');
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (entities[e] ?? m),
  );

export type FloorPage = { lang: string; title: string; blocks: { tag: string; text: string }[] };

/** The visible text of a page's <main>: its headings, paragraphs, list items and captions, in order. */
export function pageText(html: string): FloorPage {
  const lang = /<html[^>]*\blang="([^"]+)"/i.exec(html)?.[1] ?? 'en';
  const title = decode(/<title>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '');
  const main = (/<main\b[^>]*>([\s\S]*)<\/main>/i.exec(html)?.[1] ?? html)
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '')
    // Hidden fragments (term cards until shown) are not text a reader sees on load.
    .replace(/<(\w+)\b[^>]*\shidden(?:=""|\s|>)[\s\S]*?<\/\1>/gi, '');
  const blocks: FloorPage['blocks'] = [];
  for (const m of main.matchAll(/<(h[1-6]|p|li|figcaption|dt|dd|blockquote)\b[^>]*>([\s\S]*?)<\/\1>/gi)) {
    const text = decode(m[2]!.replace(/<[^>]+>/g, ''))
      .replace(/\s+/g, ' ')
      .trim();
    if (text) blocks.push({ tag: m[1]!.toLowerCase(), text });
  }
  return { lang, title, blocks };
}

const fixtureDir = path.join(root, 'lib/testing/bench/floor');
const floorDist = path.join(root, '.next-floor');
const dataFile = path.join(root, 'lib/testing/.reports/floor-pages.json');
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');

/**
 * Builds the fixture for these pages (key → text). Skipped when the last floor build was made from the same
 * text with the same `next`, so a quick bench run does not pay for it twice.
 */
export async function buildFloor(pages: Record<string, FloorPage>): Promise<{ seconds: number | null }> {
  const json = JSON.stringify(pages);
  const nextVersion = (JSON.parse(readFileSync(path.join(root, 'node_modules/next/package.json'), 'utf8')) as { version: string }).version;
  const stamp = createHash('sha256')
    .update(json)
    .update(nextVersion)
    .update(readFileSync(path.join(fixtureDir, 'app/[page]/page.jsx')))
    .digest('hex');
  const stampFile = path.join(floorDist, 'bench-stamp');
  await mkdir(path.dirname(dataFile), { recursive: true });
  await writeFile(dataFile, json);
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return { seconds: null };
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, 'build', fixtureDir], {
      cwd: root,
      env: { ...process.env, BENCH_FLOOR_DATA: dataFile, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', NEXT_DIST_DIR: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`floor fixture build exited ${code}`))));
  });
  await writeFile(stampFile, stamp);
  return { seconds: Math.round((performance.now() - start) / 100) / 10 };
}

/** `next start` on the built fixture; the caller kills it. */
export async function startFloor(): Promise<{ origin: string; child: ChildProcess }> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = await startChild(process.execPath, [nextBin, 'start', fixtureDir, '-p', String(port), '-H', '127.0.0.1'], origin, '/', {
    ...process.env,
    BENCH_FLOOR_DATA: dataFile,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
  });
  return { origin, child };
}

/**
 * A server that answers the given paths with the site's HTML minus its scripts, and forwards everything else
 * (CSS, images, icons) to the site, so only the scripts differ.
 */
export async function startNoJs(siteOrigin: string, paths: readonly string[]): Promise<{ origin: string; server: Server }> {
  const pages = new Map<string, Buffer>();
  for (const p of paths) pages.set(p, Buffer.from(stripScripts(await (await fetch(siteOrigin + p)).text())));
  const server = createServer(async (req, res) => {
    const page = pages.get(req.url ?? '');
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': page.length });
      return res.end(page);
    }
    try {
      const upstream = await fetch(siteOrigin + req.url, { headers: { accept: req.headers.accept ?? '*/*' }, redirect: 'manual' });
      const body = Buffer.from(await upstream.arrayBuffer());
      const headers: Record<string, string> = { 'content-length': String(body.length) };
      for (const h of ['content-type', 'cache-control', 'location']) {
        const v = upstream.headers.get(h);
        if (v) headers[h] = v;
      }
      res.writeHead(upstream.status, headers);
      res.end(body);
    } catch {
      res.writeHead(502).end();
    }
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${port}`, server };
}
