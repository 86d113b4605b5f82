import { describe, expect, it } from 'vitest';
import { siteUrl } from '../config';
import { breadcrumbJsonLd, websiteJsonLd } from './index';

/** Absolute URLs on the configured origin (SITE_URL, or http://localhost:$PORT when unset). */
const origin = siteUrl.origin;

describe('structured data', () => {
  it('numbers breadcrumb items from 1 with absolute URLs', () => {
    const data = breadcrumbJsonLd([
      { name: '首页', href: '/zh' },
      { name: '术语表', href: '/zh/glossary' },
    ]);
    expect(data['@type']).toBe('BreadcrumbList');
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: '首页', item: `${origin}/zh` },
      { '@type': 'ListItem', position: 2, name: '术语表', item: `${origin}/zh/glossary` },
    ]);
  });
  it('the WebSite search action targets the locale’s search page with the placeholder Google expects', () => {
    const data = websiteJsonLd('en', 'desc') as unknown as {
      potentialAction: { target: { urlTemplate: string }; 'query-input': string };
      inLanguage: string;
    };
    expect(data.potentialAction.target.urlTemplate).toBe(`${origin}/en/search?q={search_term_string}`);
    expect(data.potentialAction['query-input']).toBe('required name=search_term_string');
    expect(data.inLanguage).toBe('en');
  });
});
