import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { apa, gbt7714, quoteWithCitation, type CiteSource } from '@/lib/cite';
import { absoluteUrl, siteName } from '@/lib/config';
import { loadSite, type Site } from '@/lib/content/site';
import { desktop, hydrated, phone, sharedBrowser } from './browser';
import { meta, parse, type Doc } from '../gates/parse';
import { href } from '@/lib/routes';

const origin = inject('origin');
const sections = ['restoration', 'industries', 'targets'] as const;
const locales = ['zh', 'en'] as const;

async function get(path: string) {
  const res = await fetch(origin + path, { redirect: 'manual' });
  return { status: res.status, body: await res.text(), type: res.headers.get('content-type') ?? '' };
}

const metaOf = (html: string, name: string) => meta(parse(html), name);

let site: Site;
beforeAll(async () => {
  site = await loadSite();
});

/**
 * The citation source as the page describes itself (its citation_* tags, plus the editors' title casings from
 * the content), for comparing with lib/cite. `base` is the origin of the URL: the build's public one for what
 * the server wrote, the page's own for what the browser makes.
 */
function sourceOf(
  html: string,
  locale: 'zh' | 'en',
  section: 'restoration' | 'industries' | 'targets',
  passage?: { id: string; label?: string },
  base?: string,
): CiteSource {
  const iso = (v: string | undefined) => (v ?? '').replace(/\//g, '-');
  const url = base ? `${base}/${locale}/${section}` : absoluteUrl(`/${locale}/${section}`);
  const en = site.articles[section].en;
  const forms =
    en.titleSentenceCase && en.titleHeadlineCase ? { sentence: en.titleSentenceCase, headline: en.titleHeadlineCase } : undefined;
  return {
    locale,
    siteName: siteName[locale],
    title: metaOf(html, 'citation_title') ?? '',
    ...(forms ? (locale === 'en' ? { titleForms: forms } : { translatedTitle: forms }) : {}),
    // The Highwire tags carry one date, the version's (lib/cite/meta.ts); the publication date is the article's own.
    published: site.articles[section][locale].published,
    updated: iso(metaOf(html, 'citation_date')),
    url: passage ? `${url}#${passage.id}` : url,
    passageLabel: passage?.label,
  };
}

/** Today in this machine's time zone, which the browser shares. */
function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('passage ids, citation data and downloads (HTML, no JavaScript)', () => {
  for (const section of sections) {
    for (const locale of locales)
      it(`/${locale}/${section} has citation meta, structured data and its citations inside <details>`, async () => {
        const { body } = await get(`/${locale}/${section}`);
        const $ = parse(body);
        expect(meta($, 'citation_title')).toBeTruthy();
        expect(meta($, 'citation_publication_date')).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
        expect(meta($, 'citation_language')).toBe(locale);
        const blocks = $('script[type="application/ld+json"]')
          .map((_, el) => JSON.parse($(el).text()))
          .get();
        const ld = blocks.find((b) => b['@type'] === 'NewsArticle') ?? {};
        expect(ld['@type']).toBe('NewsArticle');
        if (locale === 'zh') expect(ld.workTranslation.url).toBe(absoluteUrl(`/en/${section}`));
        else expect(ld.translationOfWork.url).toBe(absoluteUrl(`/zh/${section}`));
        const details = $('details[data-cite-box]');
        expect(details).toHaveLength(1);
        const text = details.text();
        // Without JavaScript the access date is a marked blank, never the build date.
        const source = sourceOf(body, locale, section);
        if (locale === 'zh') {
          expect(text).toContain('[EB/OL]');
          expect(text).toContain(gbt7714(source));
        } else {
          expect(text).toContain(apa(source));
        }
        expect(details.find(`a[href="${href.cite(locale, section, 'bib')}"]`)).toHaveLength(1);
      });

    it(`${section}: BibTeX and RIS downloads answer with their content types`, async () => {
      for (const locale of locales) {
        const bib = await get(`/${locale}/${section}/cite.bib`);
        expect(bib.status).toBe(200);
        expect(bib.type).toMatch(/^application\/x-bibtex/);
        expect(bib.body).toMatch(/^@online\{zhungeer\d{4}-/);
        const ris = await get(`/${locale}/${section}/cite.ris`);
        expect(ris.status).toBe(200);
        expect(ris.type).toMatch(/^application\/x-research-info-systems/);
        expect(ris.body).toContain(`UR  - ${absoluteUrl(`/${locale}/${section}`)}`);
      }
    });
  }

  it('unknown sections have no downloads or parallel view', async () => {
    expect((await get('/en/nowhere/cite.bib')).status).toBe(404);
    expect((await get('/en/nowhere/parallel')).status).toBe(404);
  });
});

describe('the side-by-side view', () => {
  for (const section of sections)
    for (const locale of locales)
      it(`/${locale}/${section}/parallel pairs every passage, each side in its language`, async () => {
        const [{ status, body }, article] = await Promise.all([get(`/${locale}/${section}/parallel`), get(`/${locale}/${section}`)]);
        expect(status).toBe(200);
        const [$, $article] = [parse(body), parse(article.body)];
        const ids = ($doc: Doc, selector: string) =>
          $doc(selector)
            .map((_, el) => $doc(el).attr('id'))
            .get();
        const passages = ids($article, 'h2[id][data-passage], h3[id][data-passage], p[id][data-passage]');
        const rows = ids($, 'li.parallel-row[id]');
        expect(rows.length).toBeGreaterThan(0);
        expect(rows).toEqual(passages);
        const sides = $('div.parallel-side')
          .map((_, el) => $(el).attr('lang'))
          .get();
        expect(sides.filter((l) => l === 'zh-Hans')).toHaveLength(rows.length);
        expect(sides.filter((l) => l === 'en')).toHaveLength(rows.length);
        // The page's own language comes first in each row.
        expect(sides[0]).toBe(locale === 'zh' ? 'zh-Hans' : 'en');
        expect($(`a[href="${href.passage(locale === 'zh' ? 'en' : 'zh', section, rows[1]!)}"]`).length).toBeGreaterThan(0);
        expect($article(`a[href="${href.parallel(locale, section)}"]`).length).toBeGreaterThan(0);
      });
});

/** The parallel page's passages a reader sees, by side: how many of each language are rendered (not display: none). */
const shownSides = (page: Page) =>
  page.evaluate(() => {
    const count = { zh: 0, en: 0 };
    for (const side of document.querySelectorAll<HTMLElement>('.parallel-side'))
      if (side.getClientRects().length > 0) count[side.dataset.side as 'zh' | 'en']++;
    return count;
  });

describe('the side-by-side view in one language', () => {
  const browser = sharedBrowser();

  it.each(locales)(
    '/%s/restoration/parallel at 390 px without JavaScript: the keyboard picks one language, which halves the page, and back',
    async (locale) => {
      const context = await browser.newContext({ ...phone, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${origin}/${locale}/restoration/parallel`);
      const height = () => page.evaluate(() => document.documentElement.scrollHeight);
      const choice = page.getByTestId('parallel-choice');
      // A visible label, and each option in its own language.
      expect(await choice.locator('legend').isVisible()).toBe(true);
      const langs = await choice.locator('label').evaluateAll((ls) => ls.map((l) => [l.getAttribute('lang'), l.textContent]));
      const own = locale === 'zh' ? 'zh-Hans' : 'en';
      expect(langs).toEqual([
        [own, locale === 'zh' ? '中文' : 'English'],
        [locale === 'zh' ? 'en' : 'zh-Hans', locale === 'zh' ? 'English' : '中文'],
        [own, locale === 'zh' ? '双语' : 'Both'],
      ]);
      const both = await height();
      const all = await shownSides(page);
      expect(all.zh).toBeGreaterThan(10);
      expect(all.en).toBe(all.zh);

      // Keyboard: the checked option takes focus, the arrow keys move the choice (a native radio group).
      await choice.locator('input:checked').focus();
      await page.keyboard.press('ArrowLeft');
      const second = locale === 'zh' ? 'en' : 'zh';
      expect(await choice.locator('input:checked').getAttribute('value')).toBe(second);
      expect(await shownSides(page)).toEqual({ ...{ zh: 0, en: 0 }, [second]: all.zh });
      const one = await height();
      expect(one, `${both} px with both, ${one} px with ${second} only`).toBeLessThan(both * 0.7);
      await page.keyboard.press('ArrowLeft');
      expect(await shownSides(page)).toEqual({ ...{ zh: 0, en: 0 }, [locale]: all.zh });
      expect(await height()).toBeLessThan(both * 0.7);
      // Print shows the choice, without the control.
      await page.emulateMedia({ media: 'print' });
      expect(await shownSides(page)).toEqual({ ...{ zh: 0, en: 0 }, [locale]: all.zh });
      expect(await choice.isVisible()).toBe(false);
      await page.emulateMedia({ media: 'screen' });
      // And back to both.
      await choice.locator('input[value="both"]').check();
      expect(await shownSides(page)).toEqual(all);
      expect(await height()).toBe(both);

      // Negative control: with the rule's scope gone (the view's class removed), a choice hides nothing, and the
      // counts above would have said so.
      await page.locator('article.parallel-view').evaluate((a) => a.classList.remove('parallel-view'));
      await choice.locator('input[value="zh"]').check();
      expect(await shownSides(page)).toEqual(all);
      expect(await height()).toBeGreaterThan(both * 0.9);
      await context.close();
    },
  );
});

describe('passage and quote tools in the browser', () => {
  const browser = sharedBrowser({ ...desktop, permissions: ['clipboard-read', 'clipboard-write'] });

  async function open(path: string): Promise<Page> {
    const page = await browser.open(path);
    await page.waitForFunction(
      () => document.getElementById('cite-live') !== null && document.querySelector('[data-passage-link][tabindex]') !== null,
    );
    return page;
  }
  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  it('at least 90 % of each article’s paragraphs carry an id, the same ids in both locales (no JavaScript)', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    for (const section of sections) {
      const ids: Record<string, string[]> = {};
      for (const locale of locales) {
        await page.goto(`${origin}/${locale}/${section}`);
        await hydrated(page);
        // The article's own paragraphs: direct children of the body, not captions or timeline text.
        const all = await page.locator('[data-article-body] > p').evaluateAll((els) => els.map((e) => e.id));
        expect(all.length).toBeGreaterThan(5);
        expect(all.filter(Boolean).length / all.length).toBeGreaterThanOrEqual(0.9);
        ids[locale] = all.filter(Boolean);
      }
      expect(ids.en, section).toEqual(ids.zh);
    }
    await noJs.close();
  });

  it('copy link gives the passage’s public address and is announced', async () => {
    const page = await open('/en/restoration');
    await page.hover('#setting');
    await page.locator('[data-copy-link]').click();
    // The page's own origin, not the build's SITE_URL (lib/share onThisOrigin).
    expect(await clipboard(page)).toBe(`${origin}/en/restoration#setting`);
    await expect.poll(() => page.locator('#cite-live').textContent()).toBe('Link copied');
    await page.close();
  });

  it('passage links are one roving tab stop; arrows move between passages; Tab reaches the tools', async () => {
    const page = await open('/zh/industries');
    expect(await page.locator('[data-passage-link][tabindex="0"]').count()).toBe(1);
    await page.locator('[data-passage-link]').first().focus();
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.closest('[data-passage]')?.id);
    const ids = await page.locator('[data-passage]').evaluateAll((els) => els.map((e) => e.id));
    expect(second).toBe(ids[1]);
    expect(await page.locator('[data-passage-link][tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-copy-link'))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await clipboard(page)).toBe(`${origin}/zh/industries#${second}`);
    await page.close();
  });

  it('the passage Cite panel copies the exact GB/T 7714 citation, with today as the access date', async () => {
    const page = await open('/zh/restoration');
    const html = await page.content();
    await page.hover('#demo-banner');
    await page.locator('[data-cite-passage]').click();
    await page.locator('[data-cite-panel] [data-copy="gbt7714"]').click();
    const label = await page.locator('#ambitions').evaluate((h) => h.textContent ?? '');
    const expected = gbt7714({ ...sourceOf(html, 'zh', 'restoration', { id: 'demo-banner', label }, origin), accessed: today() });
    expect(await clipboard(page)).toBe(expected);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-cite-panel]').count()).toBe(0);
    await page.close();
  });

  it('the article’s Cite box copies the exact APA citation', async () => {
    const page = await open('/en/targets');
    const html = await page.content();
    await page.locator('[data-cite-box] summary').click();
    const expected = apa({ ...sourceOf(html, 'en', 'targets', undefined, origin), accessed: today() });
    // Copied again on each poll: the browser's clipboard is shared with the tests running beside this one.
    await expect
      .poll(async () => {
        await page.locator('[data-cite-box] [data-copy="apa"]').click();
        return clipboard(page);
      })
      .toBe(expected);
    await page.close();
  });

  for (const [path, id, start, end] of [
    ['/en/restoration', 'question', 0, 39],
    ['/zh/restoration', 'question', 0, 12],
  ] as const)
    it(`selecting text in ${path} offers a quote and a text-fragment link`, async () => {
      const page = await open(path);
      const selected = await page.evaluate(
        ([id, start, end]) => {
          const text = document.getElementById(id)!.firstChild!;
          const range = document.createRange();
          range.setStart(text, start);
          range.setEnd(text, end);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          document.getElementById(id)!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
          return getSelection()!.toString();
        },
        [id, start, end] as const,
      );
      const bar = page.locator('[data-quote-bar]');
      await bar.waitFor();
      await bar.getByRole('button').nth(1).click();
      const link = await clipboard(page);
      const locale = path.slice(1, 3) as 'zh' | 'en';
      expect(link.startsWith(`${origin}${path}#${id}:~:text=`)).toBe(true);
      // The directive is the selection on word boundaries (a drag that stops inside a word drops that partial word).
      const linked = decodeURIComponent(link.split(':~:text=')[1]!);
      expect(selected.trim().startsWith(linked)).toBe(true);
      const words = new Intl.Segmenter(locale, { granularity: 'word' });
      const bounds = new Set([...words.segment(selected)].flatMap((w) => [w.index, w.index + w.segment.length]));
      expect(bounds.has(linked.length)).toBe(true);
      // At most the one partial word at the end is left out.
      expect(/\s/.test(selected.trim().slice(linked.length).trim())).toBe(false);
      await bar.getByRole('button').first().click();
      const html = await page.content();
      expect(await clipboard(page)).toBe(
        quoteWithCitation(selected, { ...sourceOf(html, locale, 'restoration', { id }, origin), accessed: today() }),
      );
      // The selection survived the clicks; Escape then hides the bar.
      expect(await page.evaluate(() => getSelection()!.toString())).toBe(selected);
      await page.keyboard.press('Escape');
      await expect.poll(() => bar.count()).toBe(0);
      await page.close();
    });

  it('arriving at #id highlights the passage, and so does a later hash change', async () => {
    const page = await open('/en/industries#cattle');
    const bg = (id: string) => page.locator(`#${id}`).evaluate((el) => getComputedStyle(el).backgroundColor);
    const ids = await page.locator('p[data-passage]').evaluateAll((els) => els.map((e) => e.id));
    const other = ids.find((x) => x !== 'cattle')!;
    expect(await bg('cattle')).not.toBe(await bg(other));
    await page.evaluate((id) => (location.hash = `#${id}`), other);
    await expect.poll(() => bg(other)).not.toBe(await bg('cattle'));
    await page.close();
  });

  it('on a phone, tapping a paragraph shows its tools', async () => {
    const phoneContext = await browser.newContext({ ...phone, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await phoneContext.newPage();
    await page.goto(`${origin}/zh/targets`);
    await hydrated(page);
    await page.waitForFunction(() => document.querySelector('[data-passage-link][tabindex]') !== null);
    await page.locator('p[data-passage]').nth(1).tap();
    await expect.poll(() => page.locator('[data-copy-link]').isVisible()).toBe(true);
    await phoneContext.close();
  });
});
