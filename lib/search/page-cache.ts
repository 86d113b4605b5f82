import { localeOfPath } from '@/lib/i18n/routing';
import { newNonce } from '@/lib/security/headers';
import { normalizeQuery, queryTooLong } from './normalize';
import { processKeys } from '../server/process-state';
import { deferScripts, hasLoader } from '../server/defer-scripts';

/**
 * Rendered search pages by normalised query: a query asked again is answered without a render, with a fresh nonce
 * (CSP3 §7.2). A miss asks this same server for the page (a per-process token marks the fill), so it goes through
 * Next.js like any request; only a 200 with a nonce is stored; LRU within a byte budget. What it rests on (pinned by
 * e2e/fuzz.test.ts and e2e/standalone.test.ts): README, "Search"; the target it meets: README, "Performance".
 */
export type FilledPage = { status: number; body: string; headers: [string, string][] };
type Stored = FilledPage & { nonce: string; bytes: number };

export const fillHeader = 'x-search-fill';
/** About 150 Chinese result pages: JavaScript strings cost up to two bytes a character. */
export const searchCacheBytes = 24 * 1024 * 1024;

const noncePattern = /'nonce-([A-Za-z0-9+/=_-]{16,})'/;

/** The cache key of a search request, or undefined when the path is not a search page. */
export function searchPageKey(pathname: string, params: URLSearchParams): string | undefined {
  const locale = localeOfPath(pathname);
  if (!locale) return undefined;
  const all = params.getAll('q');
  const raw = all.length > 1 ? all : all[0];
  // The page reads only `q`: its normalised form, and whether it was cut (the page then says so).
  return `${locale}\u0000${normalizeQuery(raw)}\u0000${queryTooLong(raw) ? 1 : 0}`;
}

export class SearchPageCache {
  private readonly pages = new Map<string, Stored>();
  private readonly filling = new Map<string, Promise<FilledPage>>();
  private bytes = 0;
  /** Per process: a fill request from anyone else is an ordinary request. */
  readonly token = crypto.randomUUID();
  hits = 0;
  misses = 0;
  /** Searches rendered directly because this server could not reach itself (the first is logged). */
  unreachable = 0;
  /** Filled pages kept as Next.js wrote them because the defer step threw (the first is logged). */
  deferFailed = 0;
  /** Filled pages in which the defer step found none of Next's script tags, so nothing was deferred (the first is logged). */
  deferUnrecognised = 0;

  constructor(readonly budget = searchCacheBytes) {}

  get size(): number {
    return this.pages.size;
  }
  get storedBytes(): number {
    return this.bytes;
  }

  isFill(headers: Headers): boolean {
    return headers.get(fillHeader) === this.token;
  }

  /** The page for `key`, from memory or from `render` (shared by concurrent misses), with a nonce of its own. */
  async answer(key: string, render: () => Promise<FilledPage>): Promise<FilledPage> {
    const stored = this.pages.get(key);
    if (stored) {
      this.pages.delete(key);
      this.pages.set(key, stored);
      this.hits++;
      return withFreshNonce(stored, stored.nonce);
    }
    this.misses++;
    let pending = this.filling.get(key);
    if (!pending) {
      pending = render().then((rendered) => {
        const page = this.deferred(rendered);
        this.store(key, page);
        return page;
      });
      this.filling.set(key, pending);
      void pending.finally(() => this.filling.delete(key)).catch(() => {});
    }
    const page = await pending;
    const nonce = nonceOf(page);
    return nonce ? withFreshNonce(page, nonce) : page;
  }

  /**
   * A page rendered here loads its scripts after the page, as prerendered pages do (lib/server/defer-scripts.ts).
   * Should that step fail, or find none of the tags it rewrites (Next.js changed how it writes them: postbuild fails
   * the build on that, but a request cannot), the page is stored and served as Next.js wrote it, which works, only
   * with its scripts loading at once; each case is logged the first time and counted for /healthz.
   */
  private deferred(page: FilledPage): FilledPage {
    if (page.status !== 200) return page;
    let result: ReturnType<typeof deferScripts>;
    try {
      result = deferScripts(page.body);
    } catch (error) {
      if (!this.deferFailed++)
        console.error(
          `search cache: defer step failed: ${error instanceof Error ? error.message : String(error)}; ` +
            'search pages are stored and served with the script tags Next.js wrote',
        );
      return page;
    }
    if (!result.scripts.length && !hasLoader(result.html)) {
      if (!this.deferUnrecognised++)
        console.error(
          'search cache: defer step found none of Next.js’s async script tags in a search page (has Next.js changed how it ' +
            'writes them?); search pages are stored and served with their scripts loading at once',
        );
      return page;
    }
    return { ...page, body: result.html };
  }

  private store(key: string, page: FilledPage): void {
    const nonce = nonceOf(page);
    if (page.status !== 200 || !nonce) return;
    const bytes = 2 * (page.body.length + page.headers.reduce((n, [k, v]) => n + k.length + v.length, 0));
    if (bytes > this.budget) return;
    // Only a miss stores, and misses of one key share one render, so the key is not held yet.
    this.pages.set(key, { ...page, nonce, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.pages) {
      if (this.bytes <= this.budget) break;
      this.pages.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }
}

function nonceOf(page: FilledPage): string | undefined {
  const policy = page.headers.find(([k]) => k.toLowerCase() === 'content-security-policy')?.[1];
  return policy?.match(noncePattern)?.[1];
}

/** A fresh random nonce in place of `old`, in the body and in every header (the policy). */
function withFreshNonce(page: FilledPage, old: string): FilledPage {
  const fresh = newNonce();
  return {
    status: page.status,
    body: page.body.replaceAll(old, fresh),
    headers: page.headers.map(([k, v]) => [k, v.replaceAll(old, fresh)]),
  };
}

/**
 * Where this server reaches itself: the origin Next's start-server.js records when it starts listening (from the
 * address it bound), which Next's own Server Action forwarding fetches too. Undefined outside that server.
 */
export function serverOrigin(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.__NEXT_PRIVATE_ORIGIN || undefined;
}

/** Asks this server for the page (the request goes through proxy.ts again, marked as a fill). */
export async function fillFromServer(origin: string, pathAndQuery: string, token: string): Promise<FilledPage> {
  const response = await fetch(origin + pathAndQuery, {
    headers: { [fillHeader]: token, 'accept-encoding': 'identity', accept: 'text/html' },
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.text();
  const headers: [string, string][] = [];
  // Hop-by-hop and length headers belong to the loopback exchange, not to the answer (RFC 9110 §7.6.1).
  for (const [k, v] of response.headers)
    if (!/^(connection|keep-alive|transfer-encoding|content-length|content-encoding|date)$/i.test(k)) headers.push([k, v]);
  return { status: response.status, body, headers };
}

const key = processKeys.searchPageCache;
type WithCache = typeof globalThis & { [key]?: SearchPageCache };

/** The process's one cache (proxy.ts; /healthz reports its figures). */
export function searchPageCache(): SearchPageCache {
  const g = globalThis as WithCache;
  return (g[key] ??= new SearchPageCache());
}

/**
 * A search answered through the cache (`cached`), or rendered directly (`direct`) when this server cannot reach
 * itself: no origin, or the fill request failed (counted as `unreachable`, logged the first time in the process).
 * Only the fill request is caught here: the defer step's failures are the cache's own (`deferred`), and an error
 * in `respond` is not a failure to reach this server.
 */
export async function answerSearch<T>(
  cache: SearchPageCache,
  key: string,
  pathAndQuery: string,
  respond: { cached: (page: FilledPage) => T; direct: () => T },
  origin = serverOrigin(),
): Promise<T> {
  const direct = (why: string, error?: unknown) => {
    if (!cache.unreachable++) console.error(`search cache: ${why}; rendering searches directly`, ...(error === undefined ? [] : [error]));
    return respond.direct();
  };
  if (!origin) return direct('Next.js recorded no origin for this server (__NEXT_PRIVATE_ORIGIN), so it cannot reach itself');
  let page: FilledPage;
  try {
    page = await cache.answer(key, () => fillFromServer(origin, pathAndQuery, cache.token));
  } catch (error) {
    return direct(`this server could not reach itself at ${origin}`, error);
  }
  return respond.cached(page);
}
