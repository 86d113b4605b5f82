/**
 * content/redirects.json: old addresses that must keep working (cool URIs). Rules, checked on every build:
 * a source is a plain path that is not a page; a target is an existing page; no chains (a target is never
 * itself a source, which also rules out loops); each source once. Never delete an entry: someone's link or
 * bookmark still uses it. proxy.ts answers each with a 308 (`redirectTarget`).
 */
import file from '@/content/redirects.json';
import { ContentError } from './errors';
import { redirectsFile } from './schema';

const FILE = 'content/redirects.json';
const PLAIN_PATH = /^(\/[a-z0-9]+(?:-[a-z0-9]+)*)+$/;

export function checkRedirects(redirects: { from: string; to: string }[], pages: ReadonlySet<string>): void {
  const sources = new Set<string>();
  redirects.forEach(({ from }, i) => {
    const where = `redirects[${i}] "${from}"`;
    if (!PLAIN_PATH.test(from))
      throw new ContentError(
        FILE,
        `${where} › from`,
        'must be a plain path: lowercase slugs joined by "/", no query, hash or trailing slash',
      );
    if (sources.has(from)) throw new ContentError(FILE, `${where} › from`, 'is listed twice');
    sources.add(from);
    if (pages.has(from)) throw new ContentError(FILE, `${where} › from`, 'is a page of the site; a redirect would hide it');
  });
  redirects.forEach(({ from, to }, i) => {
    const where = `redirects[${i}] "${from}"`;
    if (sources.has(to))
      throw new ContentError(FILE, `${where} › to`, `"${to}" is itself redirected: point straight at the final page (no chains or loops)`);
    const [path = '', hash] = to.split('#');
    if (!pages.has(path)) throw new ContentError(FILE, `${where} › to`, `"${to}" is not a page of the site`);
    if (hash !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(hash))
      throw new ContentError(FILE, `${where} › to`, `"#${hash}" is not a passage id`);
  });
}

/** Old address → new one, from content/redirects.json (bundled into the proxy, checked by the schema once). */
const targets: ReadonlyMap<string, string> = new Map(redirectsFile.parse(file).redirects.map(({ from, to }) => [from, to]));

/** Where an old address now lives, or undefined when `path` is not one. */
export const redirectTarget = (path: string): string | undefined => targets.get(path);
