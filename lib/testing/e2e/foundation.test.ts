import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeGate } from '../gates/axe';
import { htmlGate } from '../gates/html';
import { parse } from '../gates/parse';
import { watchPolicy } from '../gates/policy';
import { describeProblems } from '../gates/types';
import { hydrated, sharedBrowser } from './browser';
import { publicOrigin } from './site';

const origin = inject('origin');
const sections = ['restoration', 'industries', 'targets'];
const pages = ['', ...sections.map((s) => `/${s}`)];

async function html(path: string) {
  const res = await fetch(origin + path, { redirect: 'manual' });
  return { status: res.status, body: await res.text(), headers: res.headers };
}

describe('the root redirects by Accept-Language', () => {
  it.each([
    ['en-US,en;q=0.9', '/en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', '/zh'],
    ['fr-FR,en;q=0.5', '/en'],
    ['de-DE', '/zh'],
    ['', '/zh'],
    [';;;q=abc,,,', '/zh'],
  ])('Accept-Language %j → %s', async (header, target) => {
    const res = await fetch(`${origin}/`, { redirect: 'manual', headers: header ? { 'accept-language': header } : {} });
    expect(res.status).toBe(307);
    expect(new URL(res.headers.get('location')!, origin).pathname).toBe(target);
  });
});

describe('every page answers in its language', () => {
  for (const locale of ['zh', 'en'])
    for (const path of pages)
      it(`/${locale}${path}`, async () => {
        const { status, body } = await html(`/${locale}${path}`);
        expect(status).toBe(200);
        const $ = parse(body);
        expect($('html').attr('lang')).toBe(locale === 'zh' ? 'zh-Hans' : 'en');
        expect($('h1')).toHaveLength(1);
        expect($('title').text().length).toBeGreaterThanOrEqual(5);
        const canonical = $('link[rel="canonical"]').attr('href') ?? '';
        expect(canonical.startsWith(`${publicOrigin}/`), canonical).toBe(true);
        expect($('[hreflang="zh-Hans"]').length).toBeGreaterThan(0);
        if (path) expect($('h2[id]').length).toBeGreaterThanOrEqual(3);
      });
});

describe('passages', () => {
  const browser = sharedBrowser();

  it.each(sections)('%s has the same heading and paragraph ids in both locales', async (section) => {
    const ids = async (locale: string) => {
      const { body } = await html(`/${locale}/${section}`);
      const $ = parse(body);
      return $('h2[id][data-passage], h3[id][data-passage], p[id][data-passage]')
        .map((_, el) => $(el).attr('id'))
        .get();
    };
    const [zh, en] = await Promise.all([ids('zh'), ids('en')]);
    expect(zh.length).toBeGreaterThan(10);
    expect(en).toEqual(zh);
  });

  it('the language switch keeps the page and the passage', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${origin}/zh/restoration#research`);
    await hydrated(page);
    await arrived(page, 'research');
    // A click where the reader sees the sticky switch: locator.click() would first scroll the page to "reveal" it.
    const box = (await page.getByTestId('language-switch').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL(/\/en\/restoration/);
    expect(new URL(page.url()).pathname).toBe('/en/restoration');
    expect(new URL(page.url()).hash).toBe('#research');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });

  it('the language switch works by keyboard', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${origin}/en/targets#pv-belt`);
    await hydrated(page);
    await arrived(page, 'pv-belt');
    // Focus without scrolling, as Tab would reach the sticky header's switch.
    await page.getByTestId('language-switch').evaluate((a: HTMLElement) => a.focus({ preventScroll: true }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zh\/targets/);
    expect(new URL(page.url()).hash).toBe('#pv-belt');
    await context.close();
  });
});

/** The browser has scrolled the targeted passage onto the screen and stopped there (the scroll is smooth). */
async function arrived(page: Page, id: string) {
  const top = () => page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top ?? -1, id);
  for (let last = NaN, tries = 0; tries < 100; tries++) {
    const now = await top();
    if (now === last && now >= 0 && now < 360) return;
    last = now;
    await page.waitForTimeout(100);
  }
  throw new Error(`#${id} never came to rest on screen`);
}

describe('unknown addresses are 404s', () => {
  it.each(['/fr', '/fr/restoration', '/zh/mining', '/en/restoration/extra/parts', '/zh/%E0%A4%A', '/%E0%A4%A', '/zh/restoration%'])(
    '%s',
    async (path) => {
      const { status, body } = await html(path);
      expect(status).toBe(404);
      expect(body).toMatch(/404/);
    },
  );
});

describe('the 404 of a path under /zh or /en speaks that language, with the site around it', () => {
  const browser = sharedBrowser();
  const cases = [
    { path: '/en/no-such-section', lang: 'en', title: 'Page not found', other: 'zh-Hans' },
    { path: '/zh/gallery/no-such-photo', lang: 'zh-Hans', title: '找不到这个页面', other: 'en' },
    { path: '/zh/restoration/extra/parts', lang: 'zh-Hans', title: '找不到这个页面', other: 'en' },
    { path: '/en/page-not-found', lang: 'en', title: 'Page not found', other: 'zh-Hans' },
  ];
  it.each(cases)('$path', async ({ path, lang, title, other }) => {
    const { status, body, headers } = await html(path);
    expect(status).toBe(404);
    expect(headers.get('etag')).toBeNull();
    expect(headers.get('cache-control')).toMatch(/no-store/);
    const $ = parse(body);
    expect($('html').attr('lang')).toBe(lang);
    expect($('h1').text()).toBe(title);
    expect($('meta[name="robots"]').attr('content')).toMatch(/noindex/);
    // The site header (menu, language switch) and a search form that needs no script, in the path's language.
    expect($('[data-site-header] [data-testid="language-switch"]')).toHaveLength(1);
    const locale = lang === 'en' ? 'en' : 'zh';
    expect($(`main form[role="search"][action="/${locale}/search"] input[name="q"]`)).toHaveLength(1);
    expect($(`main a[href="/${locale}/restoration"]`)).toHaveLength(1);
    // One line in the other language, marked as such, after everything in the path's language.
    const cross = $(`main p[lang="${other}"]`);
    expect(cross).toHaveLength(1);
    expect(cross.find(`a[href="/${other === 'en' ? 'en' : 'zh'}"]`)).toHaveLength(1);
  });

  it('a path outside both languages gets the bilingual 404, Chinese first', async () => {
    const { status, body } = await html('/fr/restoration');
    expect(status).toBe(404);
    const $ = parse(body);
    expect($('html').attr('lang')).toBe('zh-Hans');
    expect($('h1 [lang="en"]').text()).toBe('Page not found');
  });

  it('HEAD gets the status and headers without a body', async () => {
    const res = await fetch(`${origin}/en/no-such-section`, { method: 'HEAD' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toBe('');
  });

  it('passes the HTML checker', async () => {
    const pages = await Promise.all(cases.slice(0, 2).map(async ({ path }) => ({ path, html: (await html(path)).body })));
    const problems = await htmlGate(pages);
    expect(problems, describeProblems('html', problems)).toEqual([]);
  });

  it('in the browser: no blocked script, the address stays, axe finds nothing, nothing scrolls sideways at 360 px', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, reducedMotion: 'reduce' });
    const watch = await watchPolicy(context);
    const page = await context.newPage();
    try {
      const res = await page.goto(`${origin}/en/no-such-section?from=test`, { waitUntil: 'networkidle' });
      expect(res?.status()).toBe(404);
      // The address is still the one the reader typed after the page has hydrated.
      expect(new URL(page.url()).pathname).toBe('/en/no-such-section');
      const problems = [
        ...(await watch.problems(page, '/en/no-such-section')),
        ...(await axeGate(page, { path: '/en/no-such-section', label: '360 light' })),
      ];
      expect(problems, describeProblems('404', problems)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      // The language switch runs (hydrated): it takes the reader to the same address in Chinese, itself a 404 in Chinese.
      await page.locator('[data-site-header] [data-testid="language-switch"]').click();
      await page.waitForURL((url) => url.pathname === '/zh/no-such-section');
      expect(await page.locator('h1').textContent()).toBe('找不到这个页面');
    } finally {
      await context.close();
    }
  });
});
