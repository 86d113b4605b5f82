import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { href } from './routes';

const app = path.resolve(import.meta.dirname, '../app');

/**
 * The route file under app/ that answers a path, or undefined: each segment is a folder of that name or a
 * dynamic `[param]` folder (route groups and parallel slots are not part of the URL), ending in a page or route file.
 */
function routeFile(url: string): string | undefined {
  const segments = new URL(url, 'http://site').pathname.split('/').filter(Boolean);
  const walk = (dir: string, rest: string[]): string | undefined => {
    if (rest.length === 0) return ['page.tsx', 'route.ts'].map((f) => path.join(dir, f)).find((f) => existsSync(f));
    const [head, ...tail] = rest as [string, ...string[]];
    const dirs = readdirSync(dir, { withFileTypes: true }).filter(
      (d) => d.isDirectory() && !d.name.startsWith('@') && !d.name.startsWith('('),
    );
    const literal = dirs.find((d) => d.name === head);
    const dynamic = dirs.filter((d) => /^\[[a-z]+\]$/.test(d.name));
    for (const d of literal ? [literal] : dynamic) {
      const found = walk(path.join(dir, d.name), tail);
      if (found) return found;
    }
    return undefined;
  };
  return walk(app, segments);
}

describe('href', () => {
  const samples = [
    href.home('zh'),
    href.article('en', 'targets'),
    href.passage('en', 'targets', 'all-mines'),
    href.parallel('zh', 'restoration'),
    href.cite('en', 'industries', 'bib'),
    href.cite('zh', 'industries', 'ris'),
    href.gallery('zh'),
    href.photo('en', 'some-photo'),
    href.glossary('zh'),
    href.glossary('en', 'pinyin'),
    href.glossary('en', 'en'),
    href.term('zh', 'green-mine'),
    href.search('en'),
    href.search('zh', '光伏 & more'),
    href.searchIndex('en', 'abc'),
    href.press('zh'),
    href.brief('en'),
    href.about('zh', 'source'),
    href.corrections('en'),
    href.notFound('zh'),
    href.feed('zh', 'rss'),
    href.feed('en', 'atom'),
    href.mapSvg('zh'),
    href.glossaryFile('csv'),
    href.glossaryFile('json'),
    href.glossaryFile('tbx'),
    href.figures('zh', 'csv'),
    href.figures('en', 'json'),
    href.tmx('restoration'),
    href.tmx('targets'),
    href.illustrationsZip(),
  ];
  it.each(samples)('%s is answered by a route under app/', (url) => {
    expect(routeFile(url)).toBeDefined();
  });
  it('finds no route for a path the app does not have (negative control)', () => {
    expect(routeFile('/zh/gallery/some-photo/extra')).toBeUndefined();
    expect(routeFile('/zh/press/nowhere')).toBeUndefined();
  });
  it('builds the addresses pages link to', () => {
    expect(href.passage('en', 'targets', 'all-mines')).toBe('/en/targets#all-mines');
    expect(href.glossary('zh', 'pinyin')).toBe('/zh/glossary/by-pinyin');
    expect(href.search('zh', '光伏 & more')).toBe('/zh/search?q=%E5%85%89%E4%BC%8F%20%26%20more');
    expect(href.feed('en', 'rss')).toBe('/en/feed.xml');
    expect(href.about('en', 'source')).toBe('/en/about#source');
  });
});
