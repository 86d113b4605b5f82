import { describe, expect, it } from 'vitest';
import { localeUpdated, sectionUpdated, siteUpdated } from './updated';

const at = (zh: string, en: string) => ({ zh: { updated: zh }, en: { updated: en } });
const articles = {
  restoration: at('2026-11-29', '2026-12-03'),
  industries: at('2026-12-01', '2026-11-30'),
  targets: at('2026-01-15', '2026-01-15'),
};

describe('update dates', () => {
  it('dates an article by its newer language', () => {
    expect(sectionUpdated(articles, 'restoration')).toBe('2026-12-03');
    expect(sectionUpdated(articles, 'industries')).toBe('2026-12-01');
  });
  it('dates a locale by its newest article, and the site by its newest locale', () => {
    expect(localeUpdated(articles, 'zh')).toBe('2026-12-01');
    expect(localeUpdated(articles, 'en')).toBe('2026-12-03');
    expect(siteUpdated(articles)).toBe('2026-12-03');
  });
});
