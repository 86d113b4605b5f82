import { describe, expect, it } from 'vitest';
import { coinsTitle } from './coins';
import { articleCoins, citationMeta } from './meta';

/**
 * What Zotero's COinS translator (zotero/utilities openurl.js) needs to save a page as a web page by an
 * organisation: the keys below, decoded the way it decodes them ("+" and %2B read as spaces, then
 * decodeURIComponent).
 */
function parse(title: string): Record<string, string> {
  return Object.fromEntries(
    title.split('&').map((kv) => {
      const [k, v = ''] = kv.split('=');
      return [k!, decodeURIComponent(v.replace(/\+|%2[bB]/g, ' '))];
    }),
  );
}
const article = {
  locale: 'en' as const,
  section: 'restoration' as const,
  title: 'From grey-black to green: how Zhungeer Banner is mending its mining land',
  summary: 'How Zhungeer Banner restores land & water: 100% “green”.',
  published: '2026-11-29',
  updated: '2026-12-01',
  passages: [],
};

describe('COinS record', () => {
  it('types the page as a web page by the organisation, the site as website title, with title, date and URL', () => {
    const co = parse(coinsTitle(articleCoins(article)));
    expect(co).toMatchObject({
      rft_val_fmt: 'info:ofi/fmt:kev:mtx:dc',
      'rft.type': 'webpage',
      'rft.title': article.title,
      'rft.aucorp': 'Green Mines of Zhungeer',
      'rft.source': 'Green Mines of Zhungeer',
      'rft.date': '2026-12-01',
      'rft.language': 'en',
      'rft.description': article.summary,
    });
    expect(co['rft.identifier']).toMatch(/^https?:\/\/[^/]+\/en\/restoration$/);
    // A person's name field would be split by Zotero at the last space.
    expect(co['rft.au']).toBeUndefined();
  });
  it('keeps the Chinese title whole and encodes separators (negative control: a raw & would cut the title)', () => {
    const title = coinsTitle({ ...articleCoins({ ...article, locale: 'zh', title: '从灰黑到碧绿：煤 & 水' }) });
    expect(parse(title)['rft.title']).toBe('从灰黑到碧绿：煤 & 水');
    expect(parse('rft.title=a & b')['rft.title']).toBe('a ');
  });
  it('Highwire tags agree with the record', () => {
    const m = citationMeta(article);
    expect(m.citation_title).toBe(article.title);
    expect(m.citation_date).toBe('2026/12/01');
  });
});
