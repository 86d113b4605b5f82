/**
 * content/redirects.json: old addresses that must keep working (cool URIs). Rules, checked on every build:
 * a source is a plain path that is not a page; a target is an existing page; no chains (a target is never
 * itself a source, which also rules out loops); each source once. Never delete an entry: someone's link or
 * bookmark still uses it. next.config.ts turns the entries into 308 redirects.
 */
import { ContentError } from './errors';

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
