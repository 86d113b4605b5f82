import { imageDeviceSizes, imageQualities, imageSizes, optimizableImage } from '../images-config';

/**
 * Request checks that run in proxy.ts before Next.js sees a request. Each returns the status to answer with, or
 * undefined to let the request through. Bad input gets a 4xx, never a 5xx.
 */
export const allowedMethods = ['GET', 'HEAD'];
const maxPathLength = 1024;
const widths = new Set([...imageDeviceSizes, ...imageSizes].map(String));
const qualities = new Set(imageQualities.map(String));

export function rejectRequest(method: string, pathname: string, search: URLSearchParams, headers: Headers): number | undefined {
  if (!allowedMethods.includes(method)) return 405;
  if (pathname.length > maxPathLength) return 414;
  try {
    decodeURIComponent(pathname);
  } catch {
    return 404;
  }
  if (/(^|\/)\.\.?(\/|$)|\\|%2e%2e|%5c|%00/i.test(pathname)) return 404;
  if (pathname === '/_next/image') {
    const url = search.get('url') ?? '';
    if (!optimizableImage.test(url) || !widths.has(search.get('w') ?? '') || !qualities.has(search.get('q') ?? '')) return 400;
  }
  // Server Actions: the site has none, so any action request is refused.
  if (headers.has('next-action')) return 405;
  return undefined;
}

/**
 * Request headers the proxy removes before Next.js sees them: a `Next-Router-State-Tree` that is not a router
 * state Next.js can parse. Next answers such a header with a 500 on a page rendered per request (it throws "The
 * router state header was sent but could not be parsed"); without the header the page renders in full, which is
 * always a correct answer to an RSC request.
 */
export function headersToDrop(headers: Headers): string[] {
  const tree = headers.get('next-router-state-tree');
  return tree !== null && !isRouterStateTree(tree) ? ['next-router-state-tree'] : [];
}

/**
 * The shape Next.js 16 validates (its flightRouterStateSchema): URI-encoded JSON of
 * `[segment, {slot: tree}, url?, refresh?, isRootLayout?, string?]`, where a segment is a string or
 * `[param, cacheKey, type, staticSiblings]`. Bounded in size and depth.
 */
export function isRouterStateTree(value: string): boolean {
  if (value.length > 8000) return false;
  try {
    return isTree(JSON.parse(decodeURIComponent(value)), 0);
  } catch {
    return false;
  }
}

const paramTypes = new Set(['c', 'ci(..)(..)', 'ci(.)', 'ci(..)', 'ci(...)', 'oc', 'd', 'di(..)(..)', 'di(.)', 'di(..)', 'di(...)']);
const refreshMarkers = new Set(['refetch', 'inside-shared-layout', 'metadata-only']);
const isString = (v: unknown): v is string => typeof v === 'string';
const absent = (v: unknown) => v === undefined || v === null;

function isSegment(value: unknown): boolean {
  if (isString(value)) return true;
  return (
    Array.isArray(value) &&
    value.length === 4 &&
    isString(value[0]) &&
    isString(value[1]) &&
    paramTypes.has(value[2] as string) &&
    (value[3] === null || (Array.isArray(value[3]) && value[3].every(isString)))
  );
}

function isTree(value: unknown, depth: number): boolean {
  if (depth > 64 || !Array.isArray(value) || value.length < 2 || value.length > 6) return false;
  const [segment, slots, url, refresh, rootLayout, extra] = value as unknown[];
  if (!isSegment(segment)) return false;
  if (typeof slots !== 'object' || slots === null || Array.isArray(slots)) return false;
  if (!Object.values(slots).every((child) => isTree(child, depth + 1))) return false;
  if (value.length > 2 && !absent(url) && !(Array.isArray(url) && url.length === 2 && url.every(isString))) return false;
  if (value.length > 3 && !absent(refresh) && !refreshMarkers.has(refresh as string)) return false;
  if (value.length > 4 && !absent(rootLayout) && typeof rootLayout !== 'number') return false;
  if (value.length > 5 && extra !== undefined && !isString(extra)) return false;
  return true;
}
