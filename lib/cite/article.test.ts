import { describe, expect, it } from 'vitest';
import { articleSource, passageLabels, type CitedArticle } from './article';
import { gbt7714 } from './index';

const article: CitedArticle = {
  locale: 'zh',
  section: 'restoration',
  title: '煤海之上',
  published: '2026-11-29',
  updated: '2026-11-29',
  passages: [
    { id: 'lead', kind: 'paragraph', text: '导语' },
    { id: 'ambitions', kind: 'heading', text: '两个目标', heading: 'ambitions' },
    { id: 'demo-banner', kind: 'paragraph', text: '正文', heading: 'ambitions' },
  ],
};

describe('articleSource', () => {
  it('cites the article at its public URL without an access date', () => {
    const s = articleSource(article);
    expect(s.url).toMatch(/^https?:\/\/[^/]+\/zh\/restoration$/);
    expect(s.accessed).toBeUndefined();
    expect(gbt7714(s)).toContain('煤海之上[EB/OL]. （2026-11-29）[引用日期]');
  });
  it('cites a paragraph under its heading, and a lead paragraph by the title alone', () => {
    expect(articleSource(article, 'demo-banner')).toMatchObject({
      passageLabel: '两个目标',
      url: expect.stringMatching(/\/zh\/restoration#demo-banner$/),
    });
    expect(articleSource(article, 'lead').passageLabel).toBeUndefined();
    expect(passageLabels(article)).toEqual({ ambitions: '两个目标', 'demo-banner': '两个目标' });
  });
});
