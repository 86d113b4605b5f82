import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';
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
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

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
    await page.getByTestId('language-switch').click();
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
    await page.getByTestId('language-switch').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zh\/targets/);
    expect(new URL(page.url()).hash).toBe('#pv-belt');
    await context.close();
  });
});

/** The browser has scrolled the targeted passage onto the screen (it may do so after the load event). */
async function arrived(page: Page, id: string) {
  await page.waitForFunction((id) => {
    const r = document.getElementById(id)?.getBoundingClientRect();
    return !!r && r.top >= 0 && r.top < window.innerHeight;
  }, id);
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
