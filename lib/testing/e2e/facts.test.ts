/**
 * What a journalist checks before quoting: the corrections log (its page, the notes at the end of each article,
 * the markers on changed passages), the about page and the account of the source, and key figures that carry
 * only the period the feature states. Read as served HTML (no JavaScript), plus one no-JS browser pass.
 */

import { describe, expect, inject, it } from 'vitest';
import { desktop, hydrated, sharedBrowser } from './browser';
import { elementIds, meta, parse, parseXml } from '../gates/parse';
import { startTags } from './site';

const origin = inject('origin');
const locales = ['zh', 'en'] as const;
const sections = ['restoration', 'industries', 'targets'] as const;

const cache = new Map<string, string>();
async function html(path: string): Promise<string> {
  if (!cache.has(path)) {
    const res = await fetch(origin + path, { redirect: 'manual' });
    expect(res.status, path).toBe(200);
    cache.set(path, await res.text());
  }
  return cache.get(path)!;
}
const links = (page: string) => startTags(page).filter((t) => t.name === 'a' && t.attrs.href !== undefined);
/** Visible text of the served page, tags stripped (what a reader without JavaScript sees). */
const text = (page: string) => {
  const $ = parse(page);
  $('script, style').remove();
  return $('html')
    .find('*')
    .contents()
    .filter((_, n) => n.type === 'text')
    .map((_, n) => $(n).text())
    .get()
    .join(' ')
    .replace(/\s+/g, ' ');
};
/** Every element id of a served page. */
const idsOf = (page: string) => elementIds(parse(page));
/** Every link with a fragment must land on an element of its page: same page, or fetched. */
async function expectTargetExists(href: string, from: string) {
  const url = new URL(href, origin + from);
  const page = url.pathname === from ? await html(from) : await html(url.pathname);
  expect(idsOf(page).has(decodeURIComponent(url.hash.slice(1))), `${from} → ${href}`).toBe(true);
}

describe.each(locales)('corrections log, %s', (locale) => {
  it('lists this language’s entries grouped by article, facts open and attribution fixes folded, and counts the rest', async () => {
    const other = locale === 'zh' ? 'en' : 'zh';
    const page = await html(`/${locale}/corrections`);
    const entries = startTags(page).filter((t) => t.name === 'li' && t.attrs['data-correction']);
    expect(entries.length).toBeGreaterThan(0);
    const $ = parse(page);
    const groups = $('[data-testid="corrections-group"]').toArray();
    expect(groups.map((g) => $(g).attr('data-section'))).toEqual([...sections]);
    let listed = 0;
    for (const g of groups) {
      const note = $(g).find('[data-testid="corrections-group-summary"]').text();
      const count = Number((locale === 'zh' ? /共改动(\d+)处/ : /^(\d+) changes? to the English text/).exec(note)?.[1]);
      expect(count, note).toBe($(g).find('li[data-correction]').length);
      // Each list is newest first; attribution and wording fixes sit in a closed <details>, facts do not.
      for (const list of $(g).find('[data-testid="corrections-list"]').toArray()) {
        const dates = $(list)
          .find('li[data-correction] time')
          .toArray()
          .map((el) => $(el).attr('datetime')!);
        expect([...dates].sort().reverse()).toEqual(dates);
        listed += dates.length;
      }
      const folded = $(g).find('details[data-testid="corrections-folded"]');
      expect(folded.attr('open')).toBeUndefined();
      expect($(g).find('li[data-correction]').length - folded.find('li[data-correction]').length).toBeGreaterThan(0);
    }
    expect(listed).toBe(entries.length);
    // A change made only to the English text is on the English page, not the Chinese one; the Chinese page counts
    // such changes in one line that links to the English page (and the other way round).
    expect(page.includes('data-correction="targets-green-gold"')).toBe(locale === 'en');
    const otherLine = $('[data-testid="corrections-other-language"]');
    expect(otherLine.length).toBe(1);
    expect(otherLine.find(`a[href="/${other}/corrections"]`).length).toBe(1);
    const otherPage = startTags(await html(`/${other}/corrections`)).filter((t) => t.name === 'li' && t.attrs['data-correction']);
    const ids = new Set([...entries, ...otherPage].map((t) => t.attrs['data-correction']));
    expect(Number(/\d+/.exec(otherLine.text())?.[0])).toBe(ids.size - entries.length);
    const passageLinks = links(page).filter((a) => a.attrs['data-testid'] === 'correction-passage');
    expect(passageLinks.length).toBe(entries.length);
    for (const a of passageLinks) {
      expect(a.attrs.href).toMatch(new RegExp(`^/${locale}/(${sections.join('|')})#[a-z0-9-]+$`));
      await expectTargetExists(a.attrs.href!, `/${locale}/corrections`);
    }
    // The fragment check can fail: an id that no page has is reported missing.
    expect(idsOf(await html(`/${locale}/targets`)).has('no-such-passage')).toBe(false);
  });

  it('is in the sitemap, the footer and the press page', async () => {
    const $sitemap = parseXml(await (await fetch(`${origin}/sitemap.xml`)).text());
    const locs = $sitemap('url > loc')
      .map((_, l) => new URL($sitemap(l).text()).pathname)
      .get();
    expect(locs).toEqual(expect.arrayContaining([`/${locale}/corrections`, `/${locale}/about`]));
    const $home = parse(await html(`/${locale}`));
    const footerLinks = $home('body > footer a[href]')
      .map((_, a) => $home(a).attr('href'))
      .get();
    expect(footerLinks).toEqual(expect.arrayContaining([`/${locale}/corrections`, `/${locale}/about`]));
    expect(links(await html(`/${locale}/press`)).some((a) => a.attrs.href === `/${locale}/corrections`)).toBe(true);
  });
});

describe.each(locales)('articles, %s', (locale) => {
  it.each(sections)('%s: corrected passages carry a marker to their note, the notes link back, dates follow the log', async (section) => {
    const path = `/${locale}/${section}`;
    const page = await html(path);
    const ids = idsOf(page);
    const marks = links(page).filter((a) => a.attrs['data-testid'] === 'correction-mark');
    expect(marks.length, path).toBeGreaterThan(0);
    for (const m of marks) {
      expect(m.attrs.href).toMatch(/^#correction-/);
      expect(ids.has(m.attrs.href!.slice(1)), `${path} marker ${m.attrs.href}`).toBe(true);
      expect(m.attrs['aria-label']).toBeTruthy();
    }
    const back = links(page).filter((a) => a.attrs['data-testid'] === 'correction-passage');
    expect(back.length).toBeGreaterThanOrEqual(marks.length);
    for (const a of back) expect(ids.has(a.attrs.href!.replace(/^#/, '')), `${path} note → ${a.attrs.href}`).toBe(true);
    expect(text(page)).toContain(locale === 'zh' ? '更正与更新' : 'Corrections and updates');

    // The log's date reaches every place a reader or a crawler reads "modified".
    expect(meta(parse(page), 'article:modified_time')).toMatch(/^2026-12-07/);
    expect(meta(parse(page), 'citation_date')).toBe('2026/12/07');
    expect(page).toContain('"dateModified":"2026-12-07"');
    expect(text(page)).toContain(locale === 'zh' ? '2026年12月7日' : '7 December 2026');
  });

  it('an article lists only the corrections to its own language, behind one summary line', async () => {
    const page = await html(`/${locale}/targets`);
    const $ = parse(page);
    const details = $('[data-testid="article-corrections"] details[data-testid="corrections-details"]');
    expect(details.length).toBe(1);
    expect(details.attr('open')).toBeUndefined();
    const summary = details.children('summary').text();
    const shown = details.find('li[data-correction]').length;
    expect(summary).toContain(String(shown));
    // targets-green-gold changed only the English text: on the English page, not on the Chinese one (the control).
    const englishOnly = 'data-correction="targets-green-gold"';
    if (locale === 'en') expect(page).toContain(englishOnly);
    else expect(page).not.toContain(englishOnly);
    const other = await html(`/${locale === 'zh' ? 'en' : 'zh'}/targets`);
    expect(parse(other)('[data-testid="corrections-details"] li[data-correction]').length).not.toBe(shown);
  });

  it('each article says under its dateline what the source is, linking to the full account', async () => {
    for (const section of sections) {
      const page = await html(`/${locale}/${section}`);
      expect(text(page)).toContain(locale === 'zh' ? '未注明报纸名称和刊发日期' : 'whose newspaper and date are not given');
      const link = links(page).find((a) => a.attrs.href === `/${locale}/about#source`);
      expect(link, section).toBeDefined();
      await expectTargetExists(link!.attrs.href!, `/${locale}/${section}`);
    }
  });

  it('what the feature does not say: one named box per section, each statement a passage, none left in the running text', async () => {
    // The wording of a silence ("the feature does not say …"); the boxes must match it, the running text must not.
    const silence =
      locale === 'zh'
        ? /报道(都)?没有(说|交代|给出)|没有交代|没有注明|正文没有/
        : /the feature (does not say|gives no|says neither)|carries no date|nothing more|does not mention/i;
    const label = locale === 'zh' ? '报道没有说的' : 'What the feature does not say';
    let boxes = 0;
    for (const section of sections) {
      const path = `/${locale}/${section}`;
      const $ = parse(await html(path));
      const body = $('[data-article-body]');
      const running = body.children('p[data-passage]').toArray();
      for (const p of running) expect($(p).text(), `${path}#${$(p).attr('id')}`).not.toMatch(silence);
      const seen = new Set<string>();
      for (const box of body.children('aside[data-source-gaps]').toArray()) {
        boxes++;
        const $box = $(box);
        // Named by its visible label plus the section (distinct landmarks), in the page's language.
        const name = $box.attr('aria-label') ?? '';
        expect(name.startsWith(label), path).toBe(true);
        expect(name.length).toBeGreaterThan(label.length);
        expect(seen.has(name), `${path}: two boxes named "${name}"`).toBe(false);
        seen.add(name);
        expect($box.children().first().text()).toBe(label);
        expect($box.attr('lang')).toBe(locale === 'zh' ? 'zh-Hans' : 'en');
        const statements = $box.children('p[data-passage][id]').toArray();
        expect(statements.length, path).toBeGreaterThan(0);
        for (const p of statements) expect($(p).text(), `${path}#${$(p).attr('id')}`).toMatch(silence);
      }
      // One box per section: never two between one h2 and the next.
      const order = body
        .children('h2, aside[data-source-gaps]')
        .toArray()
        .map((el) => el.tagName);
      expect(order.join(' '), path).not.toMatch(/aside aside/);
    }
    expect(boxes).toBe(8);
    // Negative control: a silence written into the running text is caught by the same pattern.
    const control = locale === 'zh' ? '“年内”是哪一年，报道没有说。' : 'Which year is meant, the feature does not say.';
    expect(control).toMatch(silence);
  });

  it('the boxes’ statements are paired in the side-by-side view, both languages present', async () => {
    for (const section of sections) {
      const path = `/${locale}/${section}/parallel`;
      const article = parse(await html(`/${locale}/${section}`));
      const ids = article('[data-article-body] aside[data-source-gaps] p[data-passage][id]')
        .toArray()
        .map((p) => article(p).attr('id')!);
      const $ = parse(await html(path));
      for (const id of ids) {
        const row = $(`li[id="${id}"]`);
        expect(row.length, `${path}#${id}`).toBe(1);
        for (const side of ['zh', 'en'])
          expect(row.find(`[data-side="${side}"] p`).text().trim().length, `${path}#${id} ${side}`).toBeGreaterThan(10);
      }
    }
  });

  it('the home page’s lead stays with the land: the source’s caveats are said once, in the note after the lead', async () => {
    const page = await html(`/${locale}`);
    const $ = parse(page);
    const lead = $('#place, #work, #harvest, #next')
      .toArray()
      .map((el) => $(el).text())
      .join(' ');
    expect(lead.length).toBeGreaterThan(200);
    const caveat = locale === 'zh' ? /未注明|没有注明|哪一年|没有给出时间/ : /no date|undated|which year|not given/i;
    expect(lead).not.toMatch(caveat);
    const notes = $('[data-testid="source-note"]');
    expect(notes.length).toBe(1);
    expect(notes.text()).toMatch(caveat);
    expect(notes.find(`a[href="/${locale}/about#source"]`).length).toBe(1);
  });

  it('the feeds carry the updated date', async () => {
    const atom = await (await fetch(`${origin}/${locale}/atom.xml`)).text();
    expect(atom).toContain('<updated>2026-12-07T00:00:00.000Z</updated>');
  });
});

describe.each(locales)('about page and the source, %s', (locale) => {
  it('says what the site is and is not, and what its one source is, without naming a newspaper or date', async () => {
    const page = await html(`/${locale}/about`);
    const ids = idsOf(page);
    for (const id of ['what-it-is', 'what-it-is-not', 'source', 'corrections']) expect(ids.has(id), id).toBe(true);
    const t = text(page);
    expect(t).toContain(locale === 'zh' ? '关于信息来源' : 'About the source');
    expect(t).toContain('全媒体主题宣传活动');
    expect(t).toContain(locale === 'zh' ? '自然资源局' : 'Natural Resources Bureau');
    expect(links(page).some((a) => a.attrs.href === `/${locale}/corrections`)).toBe(true);
  });

  it('the home page no longer carries "About this site", and no page calls the source an in-depth report', async () => {
    const home = await html(`/${locale}`);
    expect(idsOf(home).has('about')).toBe(false);
    expect(text(home)).not.toContain('深度报道');
  });

  it('press page and brief have "About the source"', async () => {
    for (const path of [`/${locale}/press`, `/${locale}/press/brief`]) {
      const t = text(await html(path));
      expect(t, path).toContain(locale === 'zh' ? '关于信息来源' : 'About the source');
      expect(t, path).toContain(locale === 'zh' ? '没有写明报纸名称和刊发日期' : 'names neither the newspaper nor the date');
    }
  });

  it('key figures show the period as the feature states it, or say that it gives none', async () => {
    const note = locale === 'zh' ? '报道未注明时间' : 'No date given in the feature';
    for (const path of [`/${locale}`, `/${locale}/press`, `/${locale}/press/brief`]) {
      const t = text(await html(path));
      expect(t, path).toContain(note);
      expect(t, path).not.toMatch(locale === 'zh' ? /本年目标/ : /This year’s goal/);
    }
    const press = await html(`/${locale}/press`);
    expect(text(press)).toContain(locale === 'zh' ? '报道所述时段' : 'Period as the feature states it');
    const periods = [...press.matchAll(/data-testid="figure-period"[^>]*>([\s\S]*?)<\/td>/g)].map((m) => text(m[1]!).trim());
    expect(periods.filter((p) => p === note).length).toBe(4);
    expect(periods.filter((p) => /2023[–—]2025/.test(p)).length).toBe(1); // only Ordos City's plan is dated 2023–2025
  });
});

describe('without JavaScript, in a browser', () => {
  const browser = sharedBrowser();

  it.each(locales)('%s: the corrections page reads, and a marker on an article leads to its note', async (locale) => {
    const context = await browser.newContext({ ...desktop, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/${locale}/corrections`);
    await hydrated(page);
    await expect(page.locator('[data-correction]').first().isVisible()).resolves.toBe(true);
    await page.goto(`${origin}/${locale}/targets`);
    await hydrated(page);
    const mark = page.locator('#all-mines [data-testid="correction-mark"]');
    await expect(mark.isVisible()).resolves.toBe(true);
    // The notes are in a closed <details>; following a marker opens it (no JavaScript involved).
    await expect(page.locator('[data-testid="corrections-details"]').getAttribute('open')).resolves.toBeNull();
    await mark.click();
    expect(new URL(page.url()).hash).toBe('#correction-targets-all-mines-lustre');
    await expect(page.locator('#correction-targets-all-mines-lustre').isVisible()).resolves.toBe(true);
    await page.goto(`${origin}/${locale}/about`);
    await hydrated(page);
    await expect(page.locator('#source h2').isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('the corrections on the page, in a browser', () => {
  const browser = sharedBrowser();

  it.each(locales)('%s: a † on a heading is a superscript reference mark, still a named link reached by keyboard', async (locale) => {
    const page = await browser.open(`/${locale}/targets`, { context: desktop });
    const ratio = (selector: string) =>
      page
        .locator(selector)
        .evaluateAll((marks) =>
          marks.map((m) => parseFloat(getComputedStyle(m).fontSize) / parseFloat(getComputedStyle(m.closest('h2, h3, p')!).fontSize)),
        );
    const onHeadings = await ratio(':is(h2, h3) [data-testid="correction-mark"]');
    expect(onHeadings.length).toBeGreaterThan(0);
    expect(onHeadings.filter((r) => r > 0.5)).toEqual([]);
    // Negative control: the marks after paragraphs, measured the same way, keep their larger share of the text.
    expect((await ratio('p[data-passage] [data-testid="correction-mark"]')).filter((r) => r > 0.5).length).toBeGreaterThan(0);
    const mark = page.locator(':is(h2, h3) [data-testid="correction-mark"]').first();
    await mark.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('correction-mark');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).tabIndex)).toBe(0);
    expect(await mark.getAttribute('aria-label')).toMatch(locale === 'zh' ? /更正/ : /corrected/);
    await page.context().close();
  });

  it.each(locales)('%s: printed, the corrections line ends in a full stop, not in an action paper cannot take', async (locale) => {
    const page = await browser.open(`/${locale}/restoration`, { context: desktop });
    const summary = page.locator('[data-testid="corrections-summary"]');
    const open = locale === 'zh' ? '点此查看' : 'show them';
    // Negative control: on screen the line is the disclosure's "show them".
    expect(await summary.innerText()).toContain(open);
    await page.emulateMedia({ media: 'print' });
    const printed = (await summary.innerText()).trim();
    expect(printed).not.toContain(open);
    expect(printed).not.toContain('†');
    expect(printed).toMatch(locale === 'zh' ? /。$/ : /\.$/);
    await page.context().close();
  });
});
