import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { termMarkProblems, type TermMark } from '../../content/mdx-terms';
import { parseCsv } from '../../text/csv';
import { jsonLdBlocks, parse } from '../gates/parse';
import { desktop, holdScripts, hydrated, launch, phone } from './browser';

const origin = inject('origin');
const locales = ['zh', 'en'] as const;
const sections = ['restoration', 'industries', 'targets'];
const glossary = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../content/glossary.json'), 'utf8')) as {
  terms: { id: string; zh: string; pinyin: string; en: string }[];
};
const byId = new Map(glossary.terms.map((t) => [t.id, t]));

async function get(p: string) {
  const res = await fetch(origin + p, { redirect: 'manual' });
  return { status: res.status, headers: res.headers, body: await res.text() };
}
/** Distinct term ids a page links to (`/{locale}/glossary/{id}`, not the index orders). */
function termLinks(html: string, locale: string): Set<string> {
  const $ = parse(html);
  const pattern = new RegExp(`^/${locale}/glossary/([a-z0-9-]+)(?:#.*)?$`);
  const ids = $('a[href]')
    .toArray()
    .flatMap((a) => pattern.exec($(a).attr('href')!)?.[1] ?? []);
  return new Set(ids.filter((id) => !id.startsWith('by-')));
}
function jsonLd(html: string): Record<string, unknown>[] {
  return jsonLdBlocks(parse(html)).filter((b): b is Record<string, unknown> => !(b instanceof Error));
}

describe('the glossary index', () => {
  it.each(locales)('/%s/glossary links at least 40 term pages, with the same ids as the other language', async (locale) => {
    const [own, other] = await Promise.all([get(`/${locale}/glossary`), get(`/${locale === 'zh' ? 'en' : 'zh'}/glossary`)]);
    expect(own.status).toBe(200);
    const ids = termLinks(own.body, locale);
    expect(ids.size).toBeGreaterThanOrEqual(40);
    expect([...ids].sort()).toEqual([...termLinks(other.body, locale === 'zh' ? 'en' : 'zh')].sort());
    const set = jsonLd(own.body).find((d) => d['@type'] === 'DefinedTermSet');
    expect((set?.hasDefinedTerm as unknown[]).length).toBe(glossary.terms.length);
  });

  it.each(['by-pinyin', 'by-english'])('the %s order is its own static page with every term', async (order) => {
    for (const locale of locales) {
      const { status, body } = await get(`/${locale}/glossary/${order}`);
      expect(status).toBe(200);
      expect(termLinks(body, locale).size).toBe(glossary.terms.length);
      expect(body).toMatch(new RegExp(`href="/${locale}/glossary/${order}" aria-current="page"`));
    }
  });

  it('Chinese on the English page and English on the Chinese page carry their own lang', async () => {
    const [en, zh] = await Promise.all([get('/en/glossary'), get('/zh/glossary')]);
    const spans = (html: string, lang: string) => {
      const $ = parse(html);
      return $(`span[lang="${lang}"]`)
        .map((_, el) => $(el).text())
        .get();
    };
    expect(spans(en.body, 'zh-Hans')).toContain('准格尔旗');
    expect(spans(zh.body, 'en')).toContain('Zhungeer Banner');
    expect(spans(en.body, 'zh-Latn')).toContain("Zhǔngé'ěr Qí");
  });

  it('without JavaScript, the filter is a GET form to the site search', async () => {
    const { body } = await get('/en/glossary');
    const $ = parse(body);
    const form = $('#glossary-filter').closest('form[role="search"]');
    expect(form.length).toBe(1);
    expect(form.attr('action')).toBe('/en/search');
    expect(form.attr('method')).toBe('get');
    expect(form.find('input#glossary-filter').attr('name')).toBe('q');
  });
});

describe('term pages', () => {
  it('every term answers 200 in both languages with its DefinedTerm', async () => {
    for (const locale of locales)
      for (const term of glossary.terms) {
        const { status, body } = await get(`/${locale}/glossary/${term.id}`);
        expect(status, term.id).toBe(200);
        const data = jsonLd(body).find((d) => d['@type'] === 'DefinedTerm');
        expect(data, term.id).toMatchObject({ termCode: term.id, name: locale === 'zh' ? term.zh : term.en });
        expect(String(data?.url)).toMatch(new RegExp(`/${locale}/glossary/${term.id}$`));
        expect((data?.inDefinedTermSet as { '@type': string })['@type']).toBe('DefinedTermSet');
      }
  });

  it('shows aliases, the rendering source and links to the passages that use it', async () => {
    const { body } = await get('/en/glossary/zhungeer-banner');
    expect(body).toContain('Jungar Banner');
    expect(body).toContain('Juungar Banner');
    expect(body).toContain('The site’s own rendering');
    expect(body).toMatch(/href="\/en\/(restoration|industries|targets)#[a-z0-9-]+"/);
    const official = await get('/zh/glossary/green-mine');
    expect(official.body).toContain('官方译法');
  });

  /** The diagrams that name a term (content/diagrams.json `term`): the term's page shows each. */
  const diagramTerms = Object.entries(
    (
      JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../content/diagrams.json'), 'utf8')) as {
        diagrams: Record<string, { term?: string; steps?: unknown[] }>;
      }
    ).diagrams,
  ).flatMap(([id, d]) => (d.term ? [{ id, term: d.term, steps: !!d.steps }] : []));

  /** What is wrong with a term page's diagram: missing, told in steps instead of still, or a link that misses its passage. */
  async function termDiagramProblems(locale: string, term: string, id: string): Promise<string[]> {
    const $ = parse((await get(`/${locale}/glossary/${term}`)).body);
    const figure = $(`figure[data-diagram="${id}"]`);
    if (figure.length !== 1) return [`${term}: ${figure.length} figures of ${id}`];
    const problems: string[] = [];
    if (figure.is('[data-seq]') || figure.find('[data-seq-step]').length)
      problems.push(`${term}: ${id} is a sequence, not one still drawing`);
    if (figure.find('svg[role="img"]').length > 2 || (!figure.find('svg[role="img"]').length && !figure.find('ol, ul').length))
      problems.push(`${term}: ${id} has no drawing`);
    if (!/\S{8}/.test(figure.find('figcaption').text())) problems.push(`${term}: ${id} has no caption`);
    const link = figure.find('a[data-diagram-passage]').attr('href') ?? '';
    const [page, passage] = link.split('#');
    if (!page || !passage || !page.startsWith(`/${locale}/`)) return [...problems, `${term}: no link to a passage ("${link}")`];
    // The link leads to the passage that the article's copy of the diagram follows.
    const article = parse((await get(page)).body);
    if (!article(`figure[data-diagram="${id}"]`).prevAll(`p[id="${passage}"]`).length)
      problems.push(`${term}: ${link} is not the passage ${id} follows`);
    return problems;
  }

  it('a term an article draws shows that diagram, still, with its caption and a link to the passage (data: diagrams.json)', async () => {
    expect(diagramTerms.map((d) => d.term)).toEqual(
      expect.arrayContaining(['slope-to-terrace', 'check-dam', 'pine-cap-orchard-waist', 'above-below-panels']),
    );
    for (const locale of locales) for (const { id, term } of diagramTerms) expect(await termDiagramProblems(locale, term, id)).toEqual([]);
    // Controls: a term without a diagram has none, and the check reports it when asked for one.
    expect((await get('/en/glossary/green-mine')).body).not.toContain('data-diagram=');
    expect(await termDiagramProblems('en', 'green-mine', 'terraces')).toEqual(['green-mine: 0 figures of terraces']);
  });

  /** Text of the rendering note outside any lang="en" element (what a Chinese page reads in Chinese). */
  const noteOutsideEnglish = (html: string) => {
    const $ = parse(html);
    const note = $('[data-rendering-note]').clone();
    note.find('[lang="en"]').remove();
    return { all: $('[data-rendering-note]').text(), chinese: note.text() };
  };

  it.each(['check-dam', 'reclamation', 'zhungeer-banner'])(
    '/zh/glossary/%s: the note on the English says it in Chinese, the English forms marked lang="en"',
    async (term) => {
      const zh = noteOutsideEnglish((await get(`/zh/glossary/${term}`)).body);
      expect(zh.all).toMatch(/\p{Script=Han}/u);
      // Outside the English forms, no Latin word is left unmarked.
      expect(zh.chinese).not.toMatch(/[A-Za-z]{2,}/);
      // Control: the English page's note is English, and the same check finds its Latin words.
      const en = noteOutsideEnglish((await get(`/en/glossary/${term}`)).body);
      expect(en.all).not.toMatch(/\p{Script=Han}/u);
      expect(en.chinese).toMatch(/[A-Za-z]{2,}/);
    },
  );

  it.each(['/en/glossary/no-such-term', '/zh/glossary/GREEN-MINE', '/fr/glossary', '/en/glossary/green-mine/extra'])(
    '%s is a 404',
    async (p) => {
      expect((await get(p)).status).toBe(404);
    },
  );
});

describe('the articles link the glossary', () => {
  it.each(locales)('the three %s articles link at least 15 distinct terms, each with its card', async (locale) => {
    const ids = new Set<string>();
    for (const section of sections) {
      const { body } = await get(`/${locale}/${section}`);
      for (const id of termLinks(body, locale)) {
        ids.add(id);
        expect(body).toContain(`id="term-card-${locale}-${id}" hidden=""`);
      }
    }
    expect(ids.size).toBeGreaterThanOrEqual(15);
  });
});

describe('one glossary link per term and section', () => {
  /** The article body's h2s, term links and later (plain) uses of a term, in reading order. */
  function marks(html: string): TermMark[] {
    const $ = parse(html);
    return $('[data-article-body]')
      .find('h2, a[data-term], [data-term-again]')
      .toArray()
      .map((el): TermMark => {
        if (el.tagName === 'h2') return { kind: 'section' };
        const again = $(el).attr('data-term-again');
        return again
          ? { kind: 'term', id: again, linked: false }
          : { kind: 'term', id: $(el).attr('href')!.split('/').pop()!, linked: true };
      });
  }
  for (const locale of locales)
    it.each(sections)(`/${locale}/%s links each term at its first use in a section and nowhere else in it`, async (section) => {
      const found = marks((await get(`/${locale}/${section}`)).body);
      expect(found.filter((m) => m.kind === 'term' && m.linked).length, 'term links').toBeGreaterThan(5);
      expect(termMarkProblems(found)).toEqual([]);
    });

  it('reads a second link in a section and a plain first use from built HTML (negative control)', () => {
    const html =
      '<div data-article-body><p><a data-term="term-card-en-x" href="/en/glossary/x">x</a> <a data-term="term-card-en-x-2" href="/en/glossary/x">x</a></p>' +
      '<h2>Next</h2><p><span data-term-again="y">y</span></p></div>';
    expect(termMarkProblems(marks(html))).toEqual(['the lead: "x" is linked again', 'section 1: the first use of "y" is not a link']);
  });
});

describe('term cards in the text', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  async function open(options: Parameters<Browser['newContext']>[0], url: string): Promise<Page> {
    await context?.close();
    context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(origin + url);
    await hydrated(page);
    return page;
  }

  it('keyboard: Tab to a term shows its card with Chinese, pinyin and English; Escape hides it', async () => {
    const page = await open({ ...desktop, locale: 'en-US' }, '/en/restoration');
    let id: string | null = null;
    for (let i = 0; i < 80 && !id; i++) {
      await page.keyboard.press('Tab');
      id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.term ?? null);
    }
    expect(id).toMatch(/^term-card-en-/);
    const term = byId.get(id!.replace('term-card-en-', ''))!;
    const card = page.locator(`#${id}`);
    expect(await card.isVisible()).toBe(true);
    const text = await card.innerText();
    for (const part of [term.zh, term.pinyin, term.en]) expect(text).toContain(part);
    // The description is the card's text, not its link: read once, on the term.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toBe(`${id}-text`);
    await page.keyboard.press('Escape');
    expect(await card.isVisible()).toBe(false);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.term)).toBe(id);
  });

  it('touch: a tap shows the card and stays on the page, a tap elsewhere hides it, a second tap follows the link', async () => {
    const page = await open({ ...phone, locale: 'zh-CN' }, '/zh/industries');
    const link = page.locator('a[data-term]').nth(1);
    await link.scrollIntoViewIfNeeded();
    const id = (await link.getAttribute('data-term'))!;
    await link.tap();
    const card = page.locator(`#${id}`);
    expect(await card.isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/zh/industries');
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.locator('h1').tap();
    expect(await card.isVisible()).toBe(false);
    await link.tap();
    expect(await card.isVisible()).toBe(true);
    await link.tap();
    await page.waitForURL(new RegExp(`/zh/glossary/${id.replace('term-card-zh-', '')}$`));
  });

  it('each card has an “Open entry” link to its term page: by touch, mouse and keyboard', async () => {
    // Touch: the first tap on the term opens the card; a tap on its entry link opens the term page.
    let page = await open({ ...phone, locale: 'zh-CN' }, '/zh/industries');
    let link = page.locator('a[data-term]').nth(1);
    await link.scrollIntoViewIfNeeded();
    let id = (await link.getAttribute('data-term'))!;
    const termOf = (cardId: string) => cardId.replace(/^term-card-(zh|en)-/, '').replace(/-\d+$/, '');
    await link.tap();
    let entry = page.locator(`#${id} a[data-term-entry]`);
    expect(await entry.isVisible()).toBe(true);
    expect(await entry.innerText()).toContain('查看词条');
    expect(await entry.getAttribute('href')).toBe(`/zh/glossary/${termOf(id)}`);
    await entry.tap();
    await page.waitForURL(`${origin}/zh/glossary/${termOf(id)}`);
    expect(await page.locator('h1').innerText()).toContain(byId.get(termOf(id))!.zh);

    // Mouse: hover the term, move onto the card, click the link.
    page = await open({ ...desktop, locale: 'en-US' }, '/en/targets');
    link = page.locator('a[data-term]').first();
    await link.scrollIntoViewIfNeeded();
    id = (await link.getAttribute('data-term'))!;
    await link.hover();
    entry = page.locator(`#${id} a[data-term-entry]`);
    await entry.hover();
    expect(await entry.isVisible()).toBe(true);
    await entry.click();
    await page.waitForURL(`${origin}/en/glossary/${termOf(id)}`);

    // Keyboard: Tab to a term opens its card; the next Tab reaches the card's link, and Enter follows it.
    page = await open({ ...desktop, locale: 'en-US' }, '/en/restoration');
    let focused: string | null = null;
    for (let i = 0; i < 80 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.term ?? null);
    }
    expect(focused).toMatch(/^term-card-en-/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-term-entry'))).toBe(true);
    expect(await page.locator(`#${focused}`).isVisible()).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).innerText)).toContain('Open entry');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${origin}/en/glossary/${termOf(focused!)}`);
    const res = await fetch(`${origin}/en/glossary/${termOf(focused!)}`);
    expect(res.status).toBe(200);
  });

  it('a hidden card’s entry link is out of the tab order (negative control for the keyboard path)', async () => {
    const page = await open({ ...desktop, locale: 'en-US' }, '/en/restoration');
    const entry = page.locator('a[data-term-entry]').first();
    expect(await entry.isVisible()).toBe(false);
    await entry.evaluate((a) => (a as HTMLElement).focus());
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-term-entry'))).toBe(false);
  });

  it('mouse: hovering shows the card, and the pointer can move onto it', async () => {
    const page = await open({ ...desktop, locale: 'en-US' }, '/en/targets');
    const link = page.locator('a[data-term]').first();
    await link.scrollIntoViewIfNeeded();
    const card = page.locator(`#${await link.getAttribute('data-term')}`);
    await link.hover();
    expect(await card.isVisible()).toBe(true);
    await card.hover();
    expect(await card.isVisible()).toBe(true);
    await page.locator('h1').hover();
    await expect.poll(() => card.isVisible()).toBe(false);
  });

  it('without JavaScript a term is an ordinary link to its page', async () => {
    const page = await open({ ...desktop, javaScriptEnabled: false }, '/en/restoration');
    const link = page.locator('a[data-term]').first();
    const id = (await link.getAttribute('data-term'))!.replace('term-card-en-', '');
    await link.click();
    await page.waitForURL(`${origin}/en/glossary/${id}`);
    expect(await page.locator('h1').innerText()).toContain(byId.get(id)!.en);
  });

  it('the filter narrows the list as you type', async () => {
    const page = await open({ ...desktop, locale: 'en-US' }, '/en/glossary');
    const entries = page.locator('#glossary-list li[data-filter]');
    expect(await entries.count()).toBe(glossary.terms.length);
    await page.getByLabel('Find a term').pressSequentially('Jungar');
    await expect.poll(() => page.locator('#glossary-list li[data-filter]:visible').count()).toBe(1);
    expect(await page.locator('#glossary-list li[data-filter]:visible').innerText()).toContain('Zhungeer Banner');
    expect(await page.getByRole('status').innerText()).toContain('1 of 58');
    await page.getByLabel('Find a term').fill('xyzzy');
    await expect.poll(() => page.locator('#glossary-list li[data-filter]:visible').count()).toBe(0);
    expect(await page.getByRole('status').innerText()).toContain('No term');
    await page.getByLabel('Find a term').fill('');
    await expect.poll(() => page.locator('#glossary-list li[data-filter]:visible').count()).toBe(glossary.terms.length);
  });

  it('what a reader types before the scripts arrive is filtered once they do', async () => {
    const context = await browser.newContext({ ...desktop, locale: 'en-US' });
    const page = await context.newPage();
    const scripts = await holdScripts(page);
    // Not `load`: a page rendered on request may carry its scripts in the head, and the load event waits for them.
    await page.goto(`${origin}/en/glossary`, { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Find a term').pressSequentially('Jungar');
    await expect.poll(scripts.held, { message: 'the page asked for its scripts' }).toBeGreaterThan(0);
    // Control: while the scripts are held, every entry is still shown.
    expect(await page.locator('#glossary-list li[data-filter]:visible').count()).toBe(glossary.terms.length);
    await scripts.release();
    await hydrated(page);
    await expect.poll(() => page.locator('#glossary-list li[data-filter]:visible').count()).toBe(1);
    expect(await page.getByRole('status').innerText()).toContain('1 of 58');
    await context.close();
  });

  // Axe on a long page is slow on a busy 2-core machine: one page and colour scheme per test, with room to finish.
  it.each([
    ['/en/glossary', 'light'],
    ['/zh/glossary', 'dark'],
    ['/zh/glossary/zhungeer-banner', 'light'],
    ['/en/glossary/green-mine', 'dark'],
  ] as const)('%s passes axe (WCAG 2.2 AA) in %s', { timeout: 180_000 }, async (url, colorScheme) => {
    const page = await open({ ...desktop, colorScheme }, url);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('downloads for translators', () => {
  it('/glossary.csv is UTF-8 with a BOM, an attachment, and parses back to every term', async () => {
    const res = await fetch(`${origin}/glossary.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z-]+\.csv"$/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8'));
    expect(rows[0]?.slice(0, 4)).toEqual(['id', 'zh', 'pinyin', 'en']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(glossary.terms.map((t) => t.id));
    expect(rows.find((r) => r[0] === 'zhungeer-banner')?.[1]).toBe('准格尔旗');
  });

  it('/glossary.json is JSON with every term and its pages', async () => {
    const res = await fetch(`${origin}/glossary.json`);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    const data = (await res.json()) as { terms: { id: string; url: { zh: string; en: string } }[] };
    expect(data.terms.map((t) => t.id)).toEqual(glossary.terms.map((t) => t.id));
    expect(data.terms[0]!.url.en).toMatch(/\/en\/glossary\/[a-z0-9-]+$/);
  });

  it('the index links both downloads', async () => {
    const { body } = await get('/zh/glossary');
    expect(body).toContain('href="/glossary.csv"');
    expect(body).toContain('href="/glossary.json"');
  });
});
