import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeXml } from './escape';

describe('escapeHtml', () => {
  it('escapes the five characters that can end text or an attribute value', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#x27;y&#x27;&gt;&amp;&lt;/a&gt;');
  });
  it('leaves other text alone', () => {
    expect(escapeHtml('绿色矿山 100% {ok}')).toBe('绿色矿山 100% {ok}');
  });
});

describe('escapeXml', () => {
  it('escapes the same five characters, the apostrophe as XML’s own entity', () => {
    expect(escapeXml(`<seg a="x" b='y'>&</seg>`)).toBe('&lt;seg a=&quot;x&quot; b=&apos;y&apos;&gt;&amp;&lt;/seg&gt;');
    expect(escapeXml('绿色矿山 100% {ok}')).toBe('绿色矿山 100% {ok}');
  });
});
