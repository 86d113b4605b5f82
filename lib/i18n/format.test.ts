import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from './format';

describe('format', () => {
  it('writes a date in the reader language', () => {
    expect(formatDate('2026-12-01', 'en')).toBe('1 December 2026');
    expect(formatDate('2026-12-01', 'zh')).toBe('2026年12月1日');
  });
  it('groups and rounds numbers', () => {
    expect(formatNumber(8666.67, 'en')).toBe('8,667');
    // Chinese sets its numbers solid, as the articles do (8667公顷), not 8,667.
    expect(formatNumber(8666.67, 'zh')).toBe('8667');
    expect(formatNumber(1.25, 'zh', 1)).toBe('1.3');
  });
});
