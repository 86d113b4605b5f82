/**
 * What a journalist checks before quoting: the corrections log (its page, the notes at the end of each article,
 * the markers on changed passages), the about page and the account of the source, and key figures that carry
 * only the period the feature states. Read as served HTML (no JavaScript), plus one no-JS browser pass.
 */

import { beforeAll, describe, expect, inject, it } from 'vitest';
import { correctionsFor, markedPassages } from '@/lib/content/corrections';
import { loadSite } from '@/lib/content/site';
import type { CorrectionEntry } from '@/lib/content';
import { desktop, hydrated, phone, sharedBrowser } from './browser';
import { elementIds, meta, parse, parseXml } from '../gates/parse';
import { startTags } from './site';

const origin = inject('origin');
const locales = ['zh', 'en'] as const;
const sections = ['restoration', 'industries', 'targets'] as const;

/** The corrections log as the build read it. */
let log: CorrectionEntry[] = [];
beforeAll(async () => {
  log = (await loadSite()).corrections;
});

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
      const count = Number((locale === 'zh' ? /发表后改动(\d+)处/ : /: (\d+) changes? to the English text/).exec(note)?.[1]);
      expect(count, note).toBe($(g).find('li[data-correction]').length);
      // The note's counts by kind add up and match the lists: corrections of fact open, the rest folded.
      const byKind = (kind: string) =>
        Number($(g).find(`[data-testid="corrections-group-summary"] [data-testid="count-${kind}"]`).attr('data-count') ?? 0);
      expect(byKind('fact') + byKind('attribution') + byKind('wording'), note).toBe(count);
      expect(byKind('fact'), note).toBeGreaterThan(0);
      // Each list is newest first; clarifications and wording changes sit in a closed <details>, facts do not.
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
      expect($(g).find('li[data-correction]').length - folded.find('li[data-correction]').length).toBe(byKind('fact'));
      expect(folded.find('li[data-correction]').length).toBe(byKind('attribution') + byKind('wording'));
      // "Correction" is the word for an error of fact only: open entries say so, folded ones say clarification or wording.
      const words = (sel: ReturnType<typeof $>) =>
        sel
          .find('[data-testid="correction-nature"]')
          .toArray()
          .map((el) => $(el).attr('data-nature'));
      expect(new Set(words($(g).children('ol')))).toEqual(new Set(['fact']));
      expect(words(folded).filter((w) => w === 'fact')).toEqual([]);
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
  it.each(sections)('%s: only passages with a correction of fact carry a marker, linking to its note', async (section) => {
    const path = `/${locale}/${section}`;
    const page = await html(path);
    const ids = idsOf(page);
    const $ = parse(page);
    const marks = $('[data-testid="correction-mark"]').toArray();
    expect(marks.length, path).toBeGreaterThan(0);
    const marked = new Map<string, string>();
    for (const m of marks) {
      const href = $(m).attr('href')!;
      expect(href).toMatch(/^#correction-/);
      expect(ids.has(href.slice(1)), `${path} marker ${href}`).toBe(true);
      expect($(m).attr('aria-label')).toBeTruthy();
      marked.set($(m).closest('[id]').attr('id')!, href.slice('#correction-'.length));
    }
    // Exactly the passages the log says: those with an entry of nature "fact" in this language, to the newest one.
    const expected = markedPassages(correctionsFor(log, { section, locale }), locale);
    expect(Object.fromEntries(marked), path).toEqual(Object.fromEntries([...expected].map(([p, c]) => [p, c.id])));
    // Control: the rule leaves out passages that the log does name (clarifications and wording changes only).
    const named = new Set(correctionsFor(log, { section, locale }).map((c) => c.passage));
    expect(named.size, path).toBeGreaterThanOrEqual(marked.size);
    const back = links(page).filter((a) => a.attrs['data-testid'] === 'correction-passage');
    expect(back.length).toBeGreaterThanOrEqual(marks.length);
    for (const a of back) expect(ids.has(a.attrs.href!.replace(/^#/, '')), `${path} note → ${a.attrs.href}`).toBe(true);
    expect(text(page)).toContain(locale === 'zh' ? '更正与澄清' : 'Corrections and clarifications');

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

  // Negative control on real content: restoration#four-principles has only clarifications (zh and en), so it has no
  // †; restoration#twenty-measures was a clarification in Chinese and a correction of fact in English.
  it('a passage with only a clarification has no marker; one with a correction of fact has one', async () => {
    const $ = parse(await html(`/${locale}/restoration`));
    const mark = (id: string) => $(`#${id} [data-testid="correction-mark"]`).length;
    expect(log.filter((c) => c.passage === 'four-principles').length).toBeGreaterThan(0);
    expect(mark('four-principles')).toBe(0);
    expect(mark('twenty-measures')).toBe(locale === 'en' ? 1 : 0);
    expect(mark('research')).toBe(1);
    // The article's end still counts the clarifications and lists them.
    const end = $('[data-testid="article-corrections"]');
    expect(Number(end.find('[data-testid="count-attribution"]').attr('data-count'))).toBeGreaterThan(0);
    expect(end.find('li[data-correction="restoration-four-principles-attribution' + (locale === 'en' ? '-en' : '') + '"]').length).toBe(1);
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
    // In English the newest entry corrected a fact; in Chinese it was a clarification, so the mark links to the fact.
    const note = locale === 'en' ? 'correction-targets-all-mines-lustre' : 'correction-targets-within-the-year';
    expect(new URL(page.url()).hash).toBe(`#${note}`);
    await expect(page.locator(`#${note}`).isVisible()).resolves.toBe(true);
    await page.goto(`${origin}/${locale}/about`);
    await hydrated(page);
    await expect(page.locator('#source h2').isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('the corrections on the page, in a browser', () => {
  const browser = sharedBrowser();

  /** WCAG 2.x contrast ratio of two CSS colours as the browser computes them (rgb() / rgba()). */
  const contrastOf = (fg: string, bg: string) => {
    const lum = (c: string) => {
      const [r, g, b] = c
        .match(/[\d.]+/g)!
        .slice(0, 3)
        .map((v) => {
          const x = Number(v) / 255;
          return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
        });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    return (a! + 0.05) / (b! + 0.05);
  };
  // Control: the same sum reports a known-bad pair (light grey on white) as below 4.5:1.
  it('the contrast sum can fail', () => {
    expect(contrastOf('rgb(170, 170, 170)', 'rgb(255, 255, 255)')).toBeLessThan(4.5);
    expect(contrastOf('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).toBeCloseTo(21, 0);
  });

  for (const colorScheme of ['light', 'dark'] as const)
    it.each(locales)(
      `%s (${colorScheme}): the † is quiet (metadata colour, small), a 24 px named link reached by keyboard, 4.5:1`,
      async (locale) => {
        const page = await browser.open(`/${locale}/targets`, { context: { ...phone, colorScheme } });
        const measured = await page.locator('[data-testid="correction-mark"]').evaluateAll((marks) =>
          marks.map((m) => {
            const box = m.getBoundingClientRect();
            const style = getComputedStyle(m);
            let bgEl: Element | null = m;
            let bg = 'rgba(0, 0, 0, 0)';
            while (bgEl && /rgba\(0, 0, 0, 0\)|transparent/.test(bg)) {
              bg = getComputedStyle(bgEl).backgroundColor;
              bgEl = bgEl.parentElement;
            }
            const host = m.closest('h2, h3, p')!;
            const muted = getComputedStyle(document.documentElement).getPropertyValue('--muted').trim();
            const probe = document.createElement('span');
            probe.style.color = muted;
            document.body.append(probe);
            const mutedRgb = getComputedStyle(probe).color;
            probe.remove();
            return {
              w: box.width,
              h: box.height,
              color: style.color,
              mutedRgb,
              bg,
              size: parseFloat(style.fontSize) / parseFloat(getComputedStyle(host).fontSize),
              hostColor: getComputedStyle(host).color,
            };
          }),
        );
        expect(measured.length).toBeGreaterThan(0);
        for (const m of measured) {
          expect(m.w).toBeGreaterThanOrEqual(24);
          expect(m.h).toBeGreaterThanOrEqual(24);
          expect(m.color).toBe(m.mutedRgb);
          expect(m.size).toBeLessThanOrEqual(0.75);
          expect(contrastOf(m.color, m.bg)).toBeGreaterThanOrEqual(4.5);
        }
        // Control: the passage's own text is not the muted colour, so the colour check tells them apart.
        expect(measured.every((m) => m.hostColor !== m.mutedRgb)).toBe(true);
        // The mark does not make its line taller.
        const lines = await page.evaluate(() => {
          const lineHeight = (p: Element) => parseFloat(getComputedStyle(p).lineHeight);
          const marked = document.querySelector('p[data-passage]:has([data-testid="correction-mark"])')!;
          const h = marked.getBoundingClientRect().height;
          return { h, lh: lineHeight(marked) };
        });
        // A paragraph of n lines is n line-heights tall (within a pixel each): no line grew to fit the mark.
        const n = Math.round(lines.h / lines.lh);
        expect(Math.abs(lines.h - n * lines.lh)).toBeLessThanOrEqual(n);
        // Every † sits on the line of its passage's last character, never alone on the next line.
        const alone = (withJoiner: boolean) =>
          page.evaluate((joiner) => {
            // Ten CJK characters in a box ten em wide fill the line exactly, so the mark cannot fit after the last one.
            const host = document.querySelector('p[data-passage]')!.parentElement!;
            const p = document.createElement('p');
            p.style.cssText = 'width: 10em; font-size: 18px; letter-spacing: 0; font-family: sans-serif';
            p.textContent = '这一段文字正好写满十字';
            p.textContent = p.textContent.slice(0, 10);
            const mark = document.querySelector('[data-testid="correction-mark"]')!.cloneNode() as HTMLElement;
            if (!joiner) mark.classList.add('no-joiner');
            const style = document.createElement('style');
            style.textContent = '.no-joiner::before { content: attr(data-label) !important }';
            document.head.append(style);
            p.append(mark);
            host.append(p);
            const range = document.createRange();
            range.setStart(p.firstChild!, 9);
            range.setEnd(p.firstChild!, 10);
            const last = range.getBoundingClientRect();
            const m = mark.getBoundingClientRect();
            const apart = m.top + m.height / 2 > last.bottom;
            p.remove();
            style.remove();
            return apart;
          }, withJoiner);
        expect(await alone(true)).toBe(false);
        // Control: without the word joiner the same mark wraps alone, so the check above can fail.
        expect(await alone(false)).toBe(true);
        const marksAlone = await page.locator('p[data-passage] > [data-testid="correction-mark"]').evaluateAll(
          (marks) =>
            marks.filter((m) => {
              const walker = document.createTreeWalker(m.parentElement!, NodeFilter.SHOW_TEXT);
              let text: Text | null = null;
              for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent!.trim()) text = n as Text;
              const range = document.createRange();
              range.setStart(text!, text!.length - 1);
              range.setEnd(text!, text!.length);
              const box = m.getBoundingClientRect();
              return box.top + box.height / 2 > range.getBoundingClientRect().bottom;
            }).length,
        );
        expect(marksAlone).toBe(0);
        const mark = page.locator('[data-testid="correction-mark"]').first();
        await mark.focus();
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('correction-mark');
        expect(await page.evaluate(() => (document.activeElement as HTMLElement).tabIndex)).toBe(0);
        expect(await mark.getAttribute('aria-label')).toMatch(locale === 'zh' ? /更正/ : /corrected/);
        await page.context().close();
      },
    );

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
