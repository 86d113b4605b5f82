import { describe, expect, inject, it } from 'vitest';
import { sectionIds } from '../../content/sections';
import { headerGate } from '../gates/headers';
import { htmlGate } from '../gates/html';
import { linkGate } from '../gates/links';
import { structuredDataGate } from '../gates/structured-data';
import { describeProblems } from '../gates/types';
import { crawledPages, expectSitemapCovered } from './crawled';
import { publicOrigin } from './site';

/**
 * The crawl gates that read the saved HTML and headers of every page. Each gate is a function from pages to
 * problems (lib/testing/gates); controls.test.ts feeds the same functions known-bad pages.
 */
const origin = inject('origin');
const pages = crawledPages();

describe.concurrent('crawl gates over every page', () => {
  it('the Nu Html Checker (vnu) finds 0 errors', { timeout: 600_000 }, async () => {
    expectSitemapCovered(pages.map((p) => p.path));
    const problems = await htmlGate(pages);
    expect(problems.length, describeProblems('vnu', problems)).toBe(0);
  });

  it('every internal link, image and asset answers, and every #fragment exists', { timeout: 600_000 }, async () => {
    expectSitemapCovered(pages.map((p) => p.path));
    const { problems, urls, fragments } = await linkGate(pages, { origin, publicOrigin });
    console.log(`links: ${urls} internal URLs and ${fragments} fragments checked on ${pages.length} pages`);
    expect(problems.length, describeProblems('links', problems)).toBe(0);
    expect(urls).toBeGreaterThan(pages.length);
    expect(fragments).toBeGreaterThan(0);
  });

  it('structured data: valid JSON-LD with the required properties, and the types each page must carry', () => {
    expectSitemapCovered(pages.map((p) => p.path));
    const problems = structuredDataGate(pages, {
      expect: [
        { pattern: new RegExp(`^/(zh|en)/(${sectionIds.join('|')})$`), type: 'NewsArticle' },
        { pattern: /^\/(zh|en)\/glossary(\/by-(pinyin|english))?$/, type: 'DefinedTermSet' },
        { pattern: /^\/(zh|en)\/glossary\/(?!by-)[^/]+$/, type: 'DefinedTerm' },
        { pattern: /^\/(zh|en)$/, type: 'WebSite' },
      ],
    });
    expect(problems.length, describeProblems('structured data', problems)).toBe(0);
  });

  it('security headers on every page', () => {
    expectSitemapCovered(pages.map((p) => p.path));
    const problems = headerGate(pages);
    expect(problems.length, describeProblems('headers', problems)).toBe(0);
  });
});
