import { describe, expect, it } from 'vitest';
import { findPassage, passageHeading, passageUrl } from './passages';

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
  it('gives a passage its address', () => {
    expect(passageUrl('en', 'targets', 'all-mines')).toBe('/en/targets#all-mines');
  });
});
