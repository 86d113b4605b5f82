import { describe, expect, it } from 'vitest';
import { putStaticHtml, readStaticHtml, storedStaticHtml } from './store';

describe('the StaticHtml hand-over', () => {
  it('gives back what was put under a key, and refuses a key never put', () => {
    putStaticHtml('a', '<p>a</p>');
    expect(readStaticHtml('a')).toBe('<p>a</p>');
    expect(() => readStaticHtml('never')).toThrow(/no HTML for never/);
  });
  it('stays bounded when it is fed a new string per request, dropping the oldest first', () => {
    putStaticHtml('kept', '<p>kept</p>');
    for (let i = 0; i < 5000; i++) {
      putStaticHtml(`query-${i}`, `<p>${i}</p>`);
      if (i % 100 === 0) putStaticHtml('kept', '<p>kept</p>'); // in use: refreshed, so never the oldest
    }
    expect(storedStaticHtml()).toBe(2000);
    expect(() => readStaticHtml('query-0')).toThrow();
    expect(readStaticHtml('query-4999')).toBe('<p>4999</p>');
    expect(readStaticHtml('kept')).toBe('<p>kept</p>');
  });
});
