import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort, repoRoot } from '../serve';

/**
 * The README's CDN section, proven with a real caching proxy: Debian's nginx runs lib/deploy/nginx-site.conf as
 * committed (only the upstream, port and file locations swapped for this run) in front of the built site.
 */
const origin = inject('origin');
const nginxBinary = process.env.NGINX_PATH || '/usr/sbin/nginx';

let dir: string;
let edge: string;
let nginx: ChildProcess | undefined;
let mainConf: string;
const counts = { HIT: 0, other: 0 };

function siteConf(upstream: string, port: number): string {
  const committed = readFileSync(path.join(repoRoot, 'lib/deploy/nginx-site.conf'), 'utf8');
  const swaps: [string, string][] = [
    ['server 127.0.0.1:3000;', `server ${upstream};`],
    ['listen 80;', `listen 127.0.0.1:${port};`],
    ['/var/cache/nginx/zhungeer', path.join(dir, 'cache')],
    ['/etc/nginx/zhungeer-build.conf', path.join(dir, 'build.conf')],
  ];
  let conf = committed;
  for (const [from, to] of swaps) {
    if (!conf.includes(from)) throw new Error(`lib/deploy/nginx-site.conf no longer has \`${from}\`; update this test with it`);
    conf = conf.replaceAll(from, to);
  }
  return conf;
}

const deploy = (build: string) => writeFileSync(path.join(dir, 'build.conf'), `set $zhungeer_build "${build}";\n`);

async function get(p: string, headers: Record<string, string> = {}) {
  const res = await fetch(edge + p, { headers, redirect: 'manual', signal: AbortSignal.timeout(10_000) });
  const body = await res.text();
  const cache = res.headers.get('x-cache-status') ?? '-';
  if (cache === 'HIT') counts.HIT++;
  else counts.other++;
  return { res, body, cache };
}

beforeAll(async () => {
  const version = spawnSync(nginxBinary, ['-v']);
  if (version.error)
    throw new Error(
      `nginx is not installed (${nginxBinary}); run \`node lib/testing/ensure-browser.mjs\` as root, or apt-get install nginx-light`,
    );
  dir = mkdtempSync(path.join(tmpdir(), 'cdn-'));
  for (const d of ['cache', 'temp']) mkdirSync(path.join(dir, d));
  // nginx's workers drop to an unprivileged user when started as root: let them use the cache and temp folders.
  for (const d of [dir, path.join(dir, 'cache'), path.join(dir, 'temp')]) chmodSync(d, 0o777);
  const port = await freePort();
  edge = `http://127.0.0.1:${port}`;
  deploy('build-1');
  writeFileSync(path.join(dir, 'site.conf'), siteConf(new URL(origin).host, port));
  mainConf = path.join(dir, 'nginx.conf');
  const temp = path.join(dir, 'temp');
  writeFileSync(
    mainConf,
    `daemon off;\nworker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;\nevents { worker_connections 512; }\n` +
      `http {\n  access_log off;\n  client_body_temp_path ${temp}/body;\n  proxy_temp_path ${temp}/proxy;\n  fastcgi_temp_path ${temp}/fcgi;\n` +
      `  uwsgi_temp_path ${temp}/uwsgi;\n  scgi_temp_path ${temp}/scgi;\n  include ${dir}/site.conf;\n}\n`,
  );
  nginx = spawn(nginxBinary, ['-p', dir, '-c', mainConf], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  nginx.stdout?.on('data', (d) => (log += d));
  nginx.stderr?.on('data', (d) => (log += d));
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await fetch(`${edge}/healthz`);
      break;
    } catch {
      if (Date.now() > deadline || nginx.exitCode !== null) throw new Error(`nginx did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx!.once('exit', r));
    nginx.kill('SIGQUIT');
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('behind nginx configured as the README says (lib/deploy/nginx-site.conf)', () => {
  it('pages and files are cached, and a browser revalidating gets a 304 from the cache', async () => {
    const page = await fetch(`${origin}/zh/restoration`).then((r) => r.text());
    const chunk = /\/_next\/static\/[^"'&\s]+\.js/.exec(page)![0];
    for (const p of ['/zh/restoration', '/en/feed.xml', '/qr/en.svg', chunk, '/photos/vineyards.jpg']) {
      const first = await get(p);
      expect(first.res.status, p).toBe(200);
      expect(first.cache, p).not.toBe('HIT');
      const second = await get(p);
      expect(second.cache, p).toBe('HIT');
      expect(second.body).toBe(first.body);
      // The origin's headers pass through unchanged (each page's own CSP lists its own script hashes).
      for (const h of ['content-security-policy', 'etag', 'cache-control', 'strict-transport-security'])
        expect(second.res.headers.get(h), `${p} ${h}`).toBe(first.res.headers.get(h));
      const etag = first.res.headers.get('etag');
      const validator: Record<string, string> = etag
        ? { 'If-None-Match': etag }
        : { 'If-Modified-Since': first.res.headers.get('last-modified')! };
      const revalidated = await get(p, validator);
      expect(revalidated.res.status, `${p} revalidated with ${JSON.stringify(validator)}`).toBe(304);
      expect(revalidated.cache).toBe('HIT');
    }
  });

  it('an HTML page and its RSC payload are kept apart (Vary, and the _rsc query in the key)', async () => {
    const html = await get('/en/industries');
    await get('/en/industries');
    const rsc = await get('/en/industries', { RSC: '1' });
    // Next answers an RSC request without its cache-busting query with a redirect to it, never with the HTML.
    expect(rsc.res.headers.get('content-type') ?? '').not.toContain('text/html');
    expect(rsc.body).not.toBe(html.body);
    expect((await get('/en/industries')).res.headers.get('content-type')).toContain('text/html');
  });

  it('/ is never served in the wrong language: it varies on Accept-Language and the locale cookie, and is not stored', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ 'Accept-Language': 'en' }, '/en'],
      [{ 'Accept-Language': 'zh-CN' }, '/zh'],
      [{ 'Accept-Language': 'en' }, '/en'],
      [{ 'Accept-Language': 'zh-CN', Cookie: 'NEXT_LOCALE=en' }, '/en'],
      [{ 'Accept-Language': 'en', Cookie: 'NEXT_LOCALE=zh' }, '/zh'],
      [{}, '/zh'],
    ];
    for (const [headers, want] of cases) {
      const { res, cache } = await get('/', headers);
      expect(res.status).toBe(307);
      expect(res.headers.get('location'), JSON.stringify(headers)).toBe(want);
      expect(cache).not.toBe('HIT');
    }
  });

  it('search is never answered from the cache, so one query never gets another’s results', async () => {
    const mine = await get('/en/search?q=mine');
    const again = await get('/en/search?q=mine');
    const solar = await get('/en/search?q=solar');
    for (const r of [mine, again, solar]) expect(r.cache).not.toBe('HIT');
    expect(solar.body).not.toBe(mine.body);
    expect(solar.body).toContain('solar');
  });

  it('a deploy’s purge (a new build id in the key, then a reload) sends every page to the origin again', async () => {
    await get('/en/about');
    expect((await get('/en/about')).cache).toBe('HIT');
    deploy('build-2');
    const reload = spawnSync(nginxBinary, ['-p', dir, '-c', mainConf, '-s', 'reload']);
    expect(reload.status, String(reload.stderr)).toBe(0);
    // The reload starts new workers; the old ones finish what they hold (up to 10 s on a loaded machine).
    // A connection an old worker held may be closed under the request: that is a retry, not a failure.
    const settled = () => get('/en/about').catch(() => ({ cache: 'HIT' as string | null }));
    let after = await settled();
    for (let i = 0; i < 100 && after.cache === 'HIT'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      after = await settled();
    }
    expect(after.cache).not.toBe('HIT');
    expect((await get('/en/about')).cache).toBe('HIT');
  });

  it('hit ratio over a round of reading: every sitemap page three times after a purge', async () => {
    const sitemap = inject('sitemap').map((u) => new URL(u, edge).pathname);
    const rounds: number[] = [];
    for (let round = 0; round < 3; round++) {
      const before = counts.HIT;
      for (const p of sitemap) await get(p);
      rounds.push(counts.HIT - before);
    }
    const ratio = (hits: number, total: number) => `${hits}/${total} = ${((hits / total) * 100).toFixed(1)} %`;
    console.log(
      `nginx hit ratio over ${sitemap.length} sitemap pages × 3 after a purge: ${ratio(rounds[0]! + rounds[1]! + rounds[2]!, sitemap.length * 3)}; ` +
        `first round ${ratio(rounds[0]!, sitemap.length)}, later rounds ${ratio(rounds[1]! + rounds[2]!, sitemap.length * 2)}`,
    );
    // Once a page has been fetched, every later reader gets the cached copy until the next purge.
    expect(rounds[1]).toBe(sitemap.length);
    expect(rounds[2]).toBe(sitemap.length);
  });
});
