import { describe, expect, it } from 'vitest';
import { mailtoUrl, onThisOrigin, weiboShareUrl } from './index';

describe('weiboShareUrl', () => {
  it('carries the page URL and a Chinese title intact', () => {
    const href = weiboShareUrl('https://site.test/zh/targets#pv-belt', '时间表已经排定：准格尔旗 & “绿色矿山”');
    const u = new URL(href);
    expect(u.origin + u.pathname).toBe('https://service.weibo.com/share/share.php');
    expect(u.searchParams.get('url')).toBe('https://site.test/zh/targets#pv-belt');
    expect(u.searchParams.get('title')).toBe('时间表已经排定：准格尔旗 & “绿色矿山”');
    expect(href).not.toContain('#pv-belt'); // the fragment is encoded, not cut off as the link's own hash
  });
});

describe('mailtoUrl', () => {
  it('encodes spaces as %20 (not +) and keeps line breaks', () => {
    const href = mailtoUrl('Green mines & more', 'line one\n\nhttps://site.test/en?a=1&b=2');
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    expect(href).not.toContain('+');
    const q = new URLSearchParams(href.slice('mailto:?'.length));
    expect(q.get('subject')).toBe('Green mines & more');
    expect(q.get('body')).toBe('line one\n\nhttps://site.test/en?a=1&b=2');
  });
});

describe('onThisOrigin', () => {
  it('moves a SITE_URL link onto the origin the reader is on, keeping path, query and passage', () => {
    expect(onThisOrigin('http://localhost:3000/zh/restoration?x=1#setting:~:text=a', 'https://mirror.site.test:8443')).toBe(
      'https://mirror.site.test:8443/zh/restoration?x=1#setting:~:text=a',
    );
  });
  it('leaves the link alone where there is no browser location (server rendering)', () => {
    expect(onThisOrigin('https://site.test/en', undefined)).toBe('https://site.test/en');
  });
});

describe('isWeChat', () => {
  it('matches WeChat’s in-app browser and nothing else', async () => {
    const { isWeChat } = await import('./index');
    expect(
      isWeChat(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800322c) NetType/WIFI Language/zh_CN',
      ),
    ).toBe(true);
    expect(isWeChat('Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36')).toBe(
      false,
    );
  });
});
