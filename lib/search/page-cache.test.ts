import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { deferScripts, loaderAttribute } from '../server/defer-scripts';
import { answerSearch, fillHeader, SearchPageCache, searchPageKey, serverOrigin, type FilledPage } from './page-cache';

const nonce = 'ZWZiY2Q0MTctYmEyYS00MTQyLTgwZmEtYzU4OTA3ZD';
/** Next's script tag on a page rendered on request, as the defer step expects it (lib/server/defer-scripts.ts). */
const nextTag = `<script src="/_next/static/chunks/app.js" async="" nonce="${nonce}"></script>`;
const page = (body = 'results', status = 200, withNonce = true, tags = nextTag): FilledPage => ({
  status,
  body: `<head>${tags}</head><script nonce="${nonce}">${body}</script><script>self.__next_f.push([1,"{\\"nonce\\":\\"${nonce}\\"}"])</script>`,
  headers: [
    ['content-type', 'text/html; charset=utf-8'],
    ['content-security-policy', withNonce ? `script-src 'self' 'nonce-${nonce}'` : "script-src 'self'"],
  ],
});
const policyNonce = (p: FilledPage) => /'nonce-([^']+)'/.exec(p.headers.find(([k]) => k === 'content-security-policy')![1])?.[1];
const key = (path: string, query: string) => searchPageKey(path, new URLSearchParams(query));

describe('the search page cache key', () => {
  it('is one entry per locale and normalised query, and tells a query that was cut from one that was not', () => {
    expect(key('/en/search', 'q=mine')).toBe(key('/en/search', 'q=%20mine%20%20'));
    expect(key('/en/search', 'q=mine')).toBe(key('/en/search', 'q=%EF%BD%8D%EF%BD%89%EF%BD%8E%EF%BD%85')); // ｍｉｎｅ
    expect(key('/en/search', 'q=mine')).toBe(key('/en/search', 'q=mine&utm=x'));
    expect(key('/en/search', 'q=mine')).not.toBe(key('/zh/search', 'q=mine'));
    expect(key('/en/search', 'q=mine')).not.toBe(key('/en/search', 'q=coal'));
    expect(key('/en/search', `q=${'a'.repeat(100)}`)).not.toBe(key('/en/search', `q=${'a'.repeat(101)}`));
    expect(key('/en/search', '')).toBe(key('/en/search', 'q='));
    expect(key('/fr/search', 'q=mine')).toBeUndefined();
  });
});

describe('the search page cache', () => {
  it('renders a query once, then answers it from memory with a fresh nonce in the body and the policy each time', async () => {
    const cache = new SearchPageCache();
    let renders = 0;
    const render = async () => (renders++, page());
    const answers = [await cache.answer('k', render), await cache.answer('k', render), await cache.answer('k', render)];
    expect(renders).toBe(1);
    expect([cache.hits, cache.misses]).toEqual([2, 1]);
    const nonces = answers.map(policyNonce);
    expect(new Set(nonces).size).toBe(3);
    for (const [i, answer] of answers.entries()) {
      expect(answer.body).not.toContain(nonce);
      expect(answer.body.split(nonces[i]!).length - 1).toBe(3); // the loader's and the script's attributes, the payload's copy
      expect(answer.body.replaceAll(nonces[i]!, nonce)).toBe(deferScripts(page().body).html);
    }
  });

  it('shares one render between concurrent misses of one key', async () => {
    const cache = new SearchPageCache();
    let renders = 0;
    let finish!: () => void;
    const render = () => (renders++, new Promise<FilledPage>((resolve) => (finish = () => resolve(page()))));
    const waiting = Promise.all([cache.answer('k', render), cache.answer('k', render), cache.answer('k', render)]);
    finish();
    const answers = await waiting;
    expect(renders).toBe(1);
    expect(new Set(answers.map(policyNonce)).size).toBe(3);
  });

  it('passes on but never stores a refusal (the gate’s 503) or a page without a nonce (negative controls)', async () => {
    const cache = new SearchPageCache();
    const busy = await cache.answer('k', async () => page('busy', 503));
    expect(busy.status).toBe(503);
    const bare = await cache.answer('j', async () => page('x', 200, false));
    expect(bare.body).toContain(nonce);
    expect(cache.size).toBe(0);
    expect(await cache.answer('k', async () => page())).toMatchObject({ status: 200 });
    expect(cache.size).toBe(1);
  });

  it('stays within its byte budget, dropping the least recently used page first', async () => {
    const one = 2 * (deferScripts(page().body).html.length + page().headers.reduce((n, [k, v]) => n + k.length + v.length, 0));
    const cache = new SearchPageCache(one * 2);
    for (const k of ['a', 'b']) await cache.answer(k, async () => page());
    await cache.answer('a', async () => page()); // a is now the most recent
    await cache.answer('c', async () => page());
    expect(cache.size).toBe(2);
    expect(cache.storedBytes).toBeLessThanOrEqual(one * 2);
    let rendered = false;
    await cache.answer('b', async () => ((rendered = true), page()));
    expect(rendered).toBe(true);
  });

  it('recognises only its own token as a fill request', () => {
    const cache = new SearchPageCache();
    expect(cache.isFill(new Headers({ [fillHeader]: cache.token }))).toBe(true);
    expect(cache.isFill(new Headers({ [fillHeader]: new SearchPageCache().token }))).toBe(false);
    expect(cache.isFill(new Headers())).toBe(false);
  });

  it('reaches this server at the origin Next.js recorded when it started listening, and nowhere without one', () => {
    expect(serverOrigin({ __NEXT_PRIVATE_ORIGIN: 'http://localhost:8080', PORT: '3000' })).toBe('http://localhost:8080');
    expect(serverOrigin({ PORT: '8080', HOSTNAME: '0.0.0.0' })).toBeUndefined();
  });
});

describe('the defer step on the pages the cache fills', () => {
  const quiet = () => vi.spyOn(console, 'error').mockImplementation(() => {});

  it('control: a page with Next’s tags loads its scripts after the page, under its own nonce, and nothing is counted', async () => {
    const log = quiet();
    try {
      const cache = new SearchPageCache();
      const answer = await cache.answer('k', async () => page());
      const fresh = policyNonce(answer)!;
      expect(answer.body).toContain(`<script ${loaderAttribute}=`);
      expect(answer.body).toMatch(new RegExp(`<script ${loaderAttribute}='[^']*' nonce="${fresh.replace(/[+/=]/g, '\\$&')}">`));
      expect(answer.body).not.toContain('async=""');
      expect([cache.deferFailed, cache.deferUnrecognised, cache.size]).toEqual([0, 0, 1]);
      expect(log).not.toHaveBeenCalled();
    } finally {
      log.mockRestore();
    }
  });

  it('says so, once, and counts each page when it finds none of Next’s tags (Next.js changed how it writes them)', async () => {
    const log = quiet();
    try {
      const cache = new SearchPageCache();
      // The same script with its attributes in another order: not the shape the defer step rewrites.
      const other = `<script async="" src="/_next/static/chunks/app.js" nonce="${nonce}"></script>`;
      const answers = [
        await cache.answer('k', async () => page('a', 200, true, other)),
        await cache.answer('j', async () => page('b', 200, true, other)),
      ];
      expect(answers[0]!.body.replaceAll(policyNonce(answers[0]!)!, nonce)).toBe(page('a', 200, true, other).body);
      expect(cache.size).toBe(2); // stored and served as Next.js wrote it
      expect([cache.deferUnrecognised, cache.deferFailed]).toEqual([2, 0]);
      expect(log).toHaveBeenCalledTimes(1);
      expect(String(log.mock.calls[0]![0])).toMatch(/^search cache: defer step found none of Next\.js’s async script tags/);
      // A refusal is passed on as it is, never counted: only a 200 is deferred.
      await cache.answer('busy', async () => page('busy', 503, true, ''));
      expect(cache.deferUnrecognised).toBe(2);
    } finally {
      log.mockRestore();
    }
  });

  it('stores and serves the page undeferred when the step fails, logged once as its own failure, never as unreachable', async () => {
    const log = quiet();
    // A page that already has the loader and still an async tag: the defer step's one designed throw.
    const broken = page('x', 200, true, `<script ${loaderAttribute}='[]' nonce="${nonce}"></script>${nextTag}`);
    const server = createServer((req, res) =>
      res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': `script-src 'nonce-${nonce}'` }).end(broken.body),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const cache = new SearchPageCache();
      const respond = { cached: (p: FilledPage) => p, direct: vi.fn(() => undefined) };
      const first = await answerSearch(cache, 'k', '/en/search?q=a', respond, origin);
      await answerSearch(cache, 'j', '/en/search?q=b', respond, origin);
      expect(first!.body.replaceAll(policyNonce(first!)!, nonce)).toBe(broken.body);
      expect(respond.direct).not.toHaveBeenCalled();
      expect([cache.deferFailed, cache.deferUnrecognised, cache.unreachable, cache.size]).toEqual([2, 0, 0, 2]);
      expect(log).toHaveBeenCalledTimes(1);
      expect(String(log.mock.calls[0]![0])).toMatch(/^search cache: defer step failed: a page already has the script loader/);
      expect(String(log.mock.calls[0]![0])).not.toContain('reach itself');
    } finally {
      log.mockRestore();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('a server that cannot reach itself', () => {
  const respond = { cached: (p: FilledPage) => `cached ${p.status}`, direct: vi.fn(() => 'direct') };

  it('renders each search directly, and logs it once', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      // A port that was listening a moment ago and is closed now: the connection is refused.
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const origin = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
      await new Promise((resolve) => closed.close(resolve));
      const cache = new SearchPageCache();
      expect(await answerSearch(cache, 'k', '/en/search?q=a', respond, origin)).toBe('direct');
      expect(await answerSearch(cache, 'k', '/en/search?q=a', respond, origin)).toBe('direct');
      expect(await answerSearch(cache, 'j', '/en/search?q=b', respond, undefined)).toBe('direct');
      expect(respond.direct).toHaveBeenCalledTimes(3);
      expect(cache.unreachable).toBe(3);
      expect(log).toHaveBeenCalledTimes(1);
      expect(String(log.mock.calls[0]![0])).toContain(`could not reach itself at ${origin}`);
      expect(cache.size).toBe(0);
    } finally {
      log.mockRestore();
    }
  });

  it('says that no origin was recorded when there is none, rather than naming an address it never tried', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const cache = new SearchPageCache();
      expect(await answerSearch(cache, 'k', '/en/search?q=a', respond, undefined)).toBe('direct');
      expect(cache.unreachable).toBe(1);
      expect(String(log.mock.calls[0]![0])).toContain('recorded no origin');
      expect(String(log.mock.calls[0]![0])).not.toContain('undefined');
    } finally {
      log.mockRestore();
    }
  });

  it('control: a server that can reach itself answers from the cache, with the fill token, and never directly', async () => {
    const cache = new SearchPageCache();
    const seen: (string | undefined)[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers[fillHeader] as string | undefined);
      res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': `script-src 'nonce-${nonce}'` }).end(page().body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      respond.direct.mockClear();
      expect(await answerSearch(cache, 'k', '/en/search?q=a', respond, origin)).toBe('cached 200');
      expect(await answerSearch(cache, 'k', '/en/search?q=a', respond, origin)).toBe('cached 200');
      expect(respond.direct).not.toHaveBeenCalled();
      expect(seen).toEqual([cache.token]);
      expect([cache.hits, cache.misses, cache.unreachable]).toEqual([1, 1, 0]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
