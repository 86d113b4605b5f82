import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser } from './browser';
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
        expect(body).toMatch(new RegExp(`<html lang="${locale === 'zh' ? 'zh-Hans' : 'en'}"`));
        expect(body.match(/<h1[\s>]/g)).toHaveLength(1);
        expect(body).toMatch(/<title>[^<]{5,}<\/title>/);
        expect(body).toContain(`rel="canonical" href="${publicOrigin}/`);
        expect(body).toMatch(/hrefLang="zh-Hans"/);
        if (path) expect((body.match(/<h2 id="[a-z0-9-]+"/g) ?? []).length).toBeGreaterThanOrEqual(3);
      });
});

describe('passages', () => {
  const browser = sharedBrowser();

  it.each(sections)('%s has the same heading and paragraph ids in both locales', async (section) => {
    const ids = async (locale: string) => {
      const { body } = await html(`/${locale}/${section}`);
      return [...body.matchAll(/<(?:h2|h3|p) id="([a-z0-9-]+)" data-passage/g)].map((m) => m[1]);
    };
    const [zh, en] = await Promise.all([ids('zh'), ids('en')]);
    expect(zh.length).toBeGreaterThan(10);
    expect(en).toEqual(zh);
  });

  it('the language switch keeps the page and the passage', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${origin}/zh/restoration#research`);
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
  it('the localized 404 speaks the locale', async () => {
    const { body } = await html('/en/no-such-section');
    expect(body).toContain('Page not found');
  });
});
