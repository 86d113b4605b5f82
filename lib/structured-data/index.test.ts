import { describe, expect, it } from 'vitest';
import { breadcrumbJsonLd, websiteJsonLd } from './index';

describe('structured data', () => {
  it('numbers breadcrumb items from 1 with absolute URLs', () => {
    const data = breadcrumbJsonLd([
      { name: '首页', href: '/zh' },
      { name: '术语表', href: '/zh/glossary' },
    ]);
    expect(data['@type']).toBe('BreadcrumbList');
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: '首页', item: expect.stringMatching(/^https:\/\/[^/]+\/zh$/) },
      { '@type': 'ListItem', position: 2, name: '术语表', item: expect.stringMatching(/^https:\/\/[^/]+\/zh\/glossary$/) },
    ]);
  });
  it('the WebSite search action targets the locale’s search page with the placeholder Google expects', () => {
    const data = websiteJsonLd('en', 'desc') as unknown as {
      potentialAction: { target: { urlTemplate: string }; 'query-input': string };
      inLanguage: string;
    };
    expect(data.potentialAction.target.urlTemplate).toMatch(/^https:\/\/[^/]+\/en\/search\?q=\{search_term_string\}$/);
    expect(data.potentialAction['query-input']).toBe('required name=search_term_string');
    expect(data.inLanguage).toBe('en');
  });
});
