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
  const tree = headers.get('next-router-state-tree');
  if (tree !== null && !isRouterStateTree(tree)) return 400;
  return undefined;
}

/** The router-state header is URI-encoded JSON; a malformed one made Next.js answer 500. */
function isRouterStateTree(value: string): boolean {
  if (value.length > 8000) return false;
  try {
    return Array.isArray(JSON.parse(decodeURIComponent(value)));
  } catch {
    return false;
  }
}
