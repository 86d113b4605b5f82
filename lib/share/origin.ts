/**
 * Is this server answering on the origin its build was made for? What the server writes (canonical links, Open
 * Graph, JSON-LD, feeds, QR codes, citation files, the press kit's citations) is fixed at build time from SITE_URL
 * (lib/config.ts); a build for http://localhost:3000 served on another host ships links that lead nowhere once
 * pasted. So the first page request that arrives for another origin is logged once per process, and /healthz
 * reports it, with what to do.
 *
 * The request's public origin is taken from X-Forwarded-Proto/X-Forwarded-Host when a proxy in front sets them,
 * else from the Host header. Health probes are not counted: a load balancer or kubelet reaches the instance on an
 * internal address that is never the public one.
 */
import { siteUrl } from '../config';
import { processKeys } from '../server/process-state';

export interface OriginMismatch {
  /** The origin the build writes into its pages. */
  built: string;
  /** The origin a request arrived on. */
  served: string;
  message: string;
}

// One record per process, shared by the proxy and the /healthz route handler (separate module graphs in Next.js).
const KEY = processKeys.originMismatch;
type Store = { [KEY]?: OriginMismatch };

/** The public origin of a request, or undefined when its headers do not say. */
export function requestOrigin(headers: Headers, url: string): string | undefined {
  const first = (v: string | null) => v?.split(',')[0]?.trim() || undefined;
  const host = first(headers.get('x-forwarded-host')) ?? first(headers.get('host'));
  if (!host) return undefined;
  const proto = first(headers.get('x-forwarded-proto')) ?? new URL(url).protocol.replace(/:$/, '');
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return undefined;
  }
}

export function mismatchMessage(built: string, served: string): string {
  return (
    `This server answers on ${served}, but its build writes links for ${built} (SITE_URL at build time). ` +
    `Links, QR codes and citations in its pages point to ${built}. Rebuild with SITE_URL=${served}.`
  );
}

/**
 * Notes a request's origin (called by proxy.ts for every request); logs the first mismatch once. Returns the
 * recorded mismatch, if any.
 */
export function noteServedOrigin(
  headers: Headers,
  url: string,
  pathname: string,
  built: string = siteUrl.origin,
): OriginMismatch | undefined {
  const store = globalThis as Store;
  if (store[KEY] || pathname === '/healthz') return store[KEY];
  const served = requestOrigin(headers, url);
  if (!served || served === built) return undefined;
  store[KEY] = { built, served, message: mismatchMessage(built, served) };
  console.warn(`[site-url] ${store[KEY].message}`);
  return store[KEY];
}

/** What /healthz reports: the build's origin, and the mismatch if one was seen. */
export function originReport(): { siteUrl: string; originMismatch?: OriginMismatch } {
  const seen = (globalThis as Store)[KEY];
  return { siteUrl: siteUrl.origin, ...(seen ? { originMismatch: seen } : {}) };
}

/** For tests: forget the recorded mismatch. */
export function resetOriginNote(): void {
  delete (globalThis as Store)[KEY];
}
