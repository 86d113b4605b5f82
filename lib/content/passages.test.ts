import { describe, expect, it } from 'vitest';
import { findPassage, passageExcerpt, passageHeading, passageLinkText } from './passages';

const article = {
  title: 'Title',
  passages: [
    { id: 'lede', kind: 'paragraph' as const, text: 'Lead.' },
    { id: 'part-one', kind: 'heading' as const, depth: 2, text: 'Part one', heading: 'part-one' },
    { id: 'body', kind: 'paragraph' as const, text: 'Body.', heading: 'part-one' },
  ],
};

describe('passages', () => {
  it('names the heading a passage stands under; a heading stands under itself; a lead paragraph under none', () => {
    expect(passageHeading(article, 'body')?.text).toBe('Part one');
    expect(passageHeading(article, 'part-one')?.text).toBe('Part one');
    expect(passageHeading(article, 'lede')).toBeUndefined();
    expect(passageHeading(article, 'nope')).toBeUndefined();
    expect(findPassage(article, 'nope')).toBeUndefined();
  });
  it('cuts link text: English after 16 words, Chinese after 36 characters; a heading stays whole', () => {
    expect(passageExcerpt('one two three', 'en')).toBe('one two three');
    expect(passageExcerpt(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '), 'en')).toMatch(/^w0 .* w15…$/);
    expect(passageExcerpt('绿'.repeat(40), 'zh')).toBe(`${'绿'.repeat(36)}……`);
    expect(passageLinkText({ kind: 'heading', text: '绿'.repeat(40) }, 'zh')).toBe('绿'.repeat(40));
    expect(passageLinkText({ kind: 'paragraph', text: '绿'.repeat(40) }, 'zh')).toBe(`${'绿'.repeat(36)}……`);
  });
});
