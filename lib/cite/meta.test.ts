import { describe, expect, it } from 'vitest';
import { citationMeta, newsArticleLd } from './meta';

const zh = {
  locale: 'zh' as const,
  section: 'targets' as const,
  title: '下一步',
  summary: '摘要',
  published: '2026-11-29',
  updated: '2026-12-01',
  passages: [],
};
const en = { ...zh, locale: 'en' as const, title: 'Next', summary: 'Summary' };

describe('citationMeta', () => {
  it('names the corporate author, dates with slashes and the public URL', () => {
    expect(citationMeta(en)).toMatchObject({
      citation_title: 'Next',
      citation_author: 'Green Mines of Zhungeer',
      citation_publisher: 'Green Mines of Zhungeer',
      citation_publication_date: '2026/12/01',
      citation_date: '2026/12/01',
      citation_language: 'en',
      citation_public_url: expect.stringMatching(/^https?:\/\/[^/]+\/en\/targets$/),
    });
    expect(citationMeta(zh).citation_author).toBe('准格尔旗绿色矿山');
  });
  it('gives Highwire readers one date (the cited version) and the sentence-case title', () => {
    const m = citationMeta({
      ...en,
      titleSentenceCase: 'Next: What comes',
      titleHeadlineCase: 'Next: What Comes',
      title: 'Next: what comes',
    });
    expect(m.citation_title).toBe('Next: What comes');
    expect(m.citation_publication_date).toBe(m.citation_date);
    expect(m).not.toHaveProperty('citation_online_date');
  });
});

describe('newsArticleLd', () => {
  it('marks zh as the original with an English translation, and en the other way round', () => {
    const z = newsArticleLd(zh, { src: '/photos/a.jpg' }) as unknown as Record<string, unknown>;
    const e = newsArticleLd(en, { src: '/photos/a.jpg' }) as unknown as Record<string, unknown>;
    expect(z.workTranslation).toMatchObject({ inLanguage: 'en', url: expect.stringMatching(/\/en\/targets$/) });
    expect(z.translationOfWork).toBeUndefined();
    expect(e.translationOfWork).toMatchObject({ inLanguage: 'zh-Hans', url: expect.stringMatching(/\/zh\/targets$/) });
    expect(e.workTranslation).toBeUndefined();
  });
  it('carries headline, dates, language, absolute image and the organisation', () => {
    expect(newsArticleLd(en, { src: '/photos/a.jpg' })).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Next',
      datePublished: '2026-11-29',
      dateModified: '2026-12-01',
      inLanguage: 'en',
      image: [expect.stringMatching(/^https?:\/\/[^/]+\/photos\/a\.jpg$/)],
      author: { '@type': 'Organization', name: 'Green Mines of Zhungeer' },
      isAccessibleForFree: true,
    });
  });
});
