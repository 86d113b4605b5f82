import { describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { parse, type Doc } from '../gates/parse';
import { sharedBrowser } from './browser';

/**
 * The explanatory diagrams (components/diagrams, placed with <Diagram id="…" /> in the articles): each sits right
 * after the passage it explains, its words are real text in the page's language, it says in words what it shows,
 * and it is credited to the site, never to the bureau that supplied the feature's photos.
 */
const placed: Record<string, Record<string, string[]>> = {
  restoration: { 'slopes-benches': ['slopes-benches'], subsidence: ['hill-layers'], terraces: ['terraces', 'check-dam'] },
  industries: { 'above-below': ['above-below'], 'three-changes': ['shares-chain'] },
};
const han = /\p{Script=Han}/u;
/** The diagrams told in steps (content/diagrams.json `steps`), both after the passage on terraces and check dams. */
const told = ['terraces', 'check-dam'];

/** What is wrong with the diagrams of one article page, as a list (empty: nothing). */
function diagramProblems($: Doc, locale: 'zh' | 'en', expected: Record<string, string[]>): string[] {
  const problems: string[] = [];
  for (const [passage, ids] of Object.entries(expected)) {
    // The passage, then its diagrams one after another (a later diagram follows the one before it).
    let before = $(`[data-article-body] > p[id="${passage}"]`);
    if (!before.length) problems.push(`no passage #${passage}`);
    for (const id of ids) {
      const figure = $(`figure[data-diagram="${id}"]`);
      if (figure.length !== 1) {
        problems.push(`${id}: ${figure.length} figures`);
        continue;
      }
      if (!before.length || !figure.prev().is(before)) problems.push(`${id}: not right after #${passage}`);
      before = figure;
      const labels = figure
        .find('svg text, li strong, p strong')
        .toArray()
        .map((t) => $(t).text().trim())
        .filter(Boolean);
      if (labels.length < 3) problems.push(`${id}: ${labels.length} text labels`);
      for (const label of labels) {
        if (locale === 'zh' && !han.test(label)) problems.push(`${id}: label "${label}" is not Chinese`);
        if (locale === 'en' && han.test(label)) problems.push(`${id}: label "${label}" is not English`);
      }
      if (figure.find('svg image, img, [href]').length) problems.push(`${id}: has a picture or a link inside (labels must be text)`);
      const svg = figure.find('svg[role="img"]');
      const describedBy = svg.length ? svg.attr('aria-describedby') : undefined;
      // A diagram told in steps says what it shows in its steps' words (Sequence.tsx); its drawings are hidden from AT.
      const steps = figure.find('[data-seq-step]');
      const description = steps.length
        ? steps.text().trim()
        : describedBy
          ? $(`[id="${describedBy}"]`).text().trim()
          : figure.find('figcaption').text().trim();
      if (description.length < (locale === 'zh' ? 40 : 120)) problems.push(`${id}: description too short to say what the drawing shows`);
      if (
        svg.length &&
        !$(`[id="${svg.attr('aria-labelledby')}"]`)
          .text()
          .trim()
      )
        problems.push(`${id}: drawing has no name`);
      const caption = figure.find('figcaption').text();
      if (!(locale === 'zh' ? /本站.*绘制/ : /drawn by this site/).test(caption)) problems.push(`${id}: not credited as drawn by the site`);
      if (/自然资源局|Natural Resources Bureau/.test(figure.text())) problems.push(`${id}: credited to the bureau`);
    }
  }
  return problems;
}

const browser = sharedBrowser();
const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

describe('explanatory diagrams', () => {
  for (const locale of ['zh', 'en'] as const)
    for (const [section, expected] of Object.entries(placed))
      it(`/${locale}/${section}: each diagram follows its passage, with labels in the page’s language and a text equivalent`, async () => {
        const $ = parse(await (await fetch(`${inject('origin')}/${locale}/${section}`)).text());
        expect(diagramProblems($, locale, expected)).toEqual([]);
      });

  it('the check reports a misplaced diagram, labels in the other language, a missing one and a bureau credit (negative control)', () => {
    const body = (figure: string) =>
      parse(
        `<div data-article-body><p id="a">Text.</p><p id="b">More.</p>${figure}</div>` +
          '<p id="t">A name</p><p id="d">A description long enough to say what the drawing shows, step by step and part by part, in plain words, for readers who cannot see it.</p>',
      );
    const figure = (labels: string, caption = 'Diagram drawn by this site') =>
      `<figure data-diagram="x"><svg role="img" aria-labelledby="t" aria-describedby="d">${labels}</svg><figcaption>${caption}</figcaption></figure>`;
    const good = '<text>one</text><text>two</text><text>three</text>';
    expect(diagramProblems(body(figure(good)), 'en', { b: ['x'] })).toEqual([]);
    expect(diagramProblems(body(figure(good)), 'en', { a: ['x'] })).toEqual(['x: not right after #a']);
    expect(diagramProblems(body(figure('<text>一</text><text>two</text><text>three</text>')), 'en', { b: ['x'] })).toEqual([
      'x: label "一" is not English',
    ]);
    expect(diagramProblems(body(figure(good)), 'zh', { b: ['x'] })).toContain('x: label "one" is not Chinese');
    expect(diagramProblems(body(''), 'en', { b: ['x'] })).toEqual(['x: 0 figures']);
    expect(diagramProblems(body(figure(good, 'Photo: Natural Resources Bureau')), 'en', { b: ['x'] })).toEqual([
      'x: not credited as drawn by the site',
      'x: credited to the bureau',
    ]);
    expect(diagramProblems(body(figure('<image href="x.png"/><text>a</text>')), 'en', { b: ['x'] })).toContain('x: 1 text labels');
  });

  it('the locator map and the diagrams print with the article', async () => {
    const page = await browser.open('/en/restoration', { context: { viewport: { width: 1280, height: 900 } } });
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('figure[data-graphic="map"], figure[data-diagram]')].map((f) => {
        const box = f.getBoundingClientRect();
        return { what: f.getAttribute('data-diagram') ?? 'map', visible: box.height > 100 && getComputedStyle(f).display !== 'none' };
      }),
    );
    expect(shown.length).toBe(5);
    expect(shown.filter((f) => !f.visible)).toEqual([]);
    // The map's picture loads for print even though it is lazy on screen.
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    expect(await page.locator('figure[data-graphic="map"] img').evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(
      true,
    );
    // The closed "Cite this article" disclosure does not print (a row with an arrow nobody can open on paper);
    // the same element is shown on screen, so the check can tell the two apart.
    expect(await page.locator('#cite').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('#cite').isVisible()).toBe(true);
    await page.context().close();
  });

  /** Per diagram on a page: how much of its figure's width the shown drawing takes, and its labels' sizes in px. */
  const fill = (page: import('playwright-core').Page, part: string) =>
    page.locator('figure[data-diagram]').evaluateAll(
      (figures, part) =>
        figures.map((f) => {
          const shown = [...f.querySelectorAll<HTMLElement | SVGElement>(part)].filter((e) => e.getClientRects().length > 0);
          const px = [...f.querySelectorAll<SVGTextElement>('svg text')]
            .filter((t) => t.getClientRects().length > 0)
            .map((t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a);
          return {
            id: f.getAttribute('data-diagram'),
            shown: shown.length,
            share: shown.length ? shown[0]!.getBoundingClientRect().width / f.getBoundingClientRect().width : 0,
            min: Math.min(...px),
            max: Math.max(...px),
          };
        }),
      part,
    );

  for (const [width, section] of [
    [1440, 'restoration'],
    [1440, 'industries'],
    [1100, 'restoration'],
  ] as const)
    it(`/en/${section} at ${width} px: each drawing fills its figure’s width, one form shown, labels 12 to 24 px`, async () => {
      const page = await browser.open(`/en/${section}`, { context: { viewport: { width, height: 900 } } });
      // The diagram told in steps has its own layout (checked below), so it is left out here.
      const seen = (await fill(page, ':scope > div > svg, :scope > div > div')).filter((d) => !told.includes(d.id!));
      expect(seen.length).toBeGreaterThan(1);
      for (const d of seen) {
        expect(d.shown, `${d.id}: drawings shown`).toBe(1);
        expect(d.share, `${d.id}: share of the figure's width`).toBeGreaterThan(0.98);
        if (Number.isFinite(d.min)) expect([d.id, d.min >= 12 && d.max <= 24]).toEqual([d.id, true]);
      }
      // Negative control: the caption, measured the same way, keeps a reading measure and does not fill the figure.
      const captions = await fill(page, 'figcaption');
      expect(captions.filter((c) => c.share > 0.9)).toEqual([]);
      await page.context().close();
    });

  for (const colorScheme of ['light', 'dark'] as const)
    it(`on a 390 px phone (${colorScheme}) every label is 13 px or more, in the page’s ink on its paper`, async () => {
      const page = await browser.open('/zh/restoration', { context: { ...phone, colorScheme } });
      const sizes = await page.locator('figure[data-diagram] svg text').evaluateAll((texts) =>
        // a two-panel drawing's side-by-side copy is not displayed on a phone (diagrams.css)
        (texts as SVGTextElement[])
          .filter((t) => t.getClientRects().length > 0)
          .map((t) => {
            const scale = t.getScreenCTM()!.a;
            const style = getComputedStyle(t);
            return { px: parseFloat(style.fontSize) * scale, fill: style.fill, stroke: style.stroke, text: t.textContent };
          }),
      );
      expect(sizes.length).toBeGreaterThan(20);
      const small = sizes.filter((s) => s.px < 13);
      expect(small, 'labels under 13 px').toEqual([]);
      const [ink, muted, paper] = await page.evaluate(() => {
        const probe = document.body.appendChild(document.createElement('span'));
        probe.style.color = 'var(--muted)';
        const s = getComputedStyle(document.documentElement);
        const out = [s.color, getComputedStyle(probe).color, s.backgroundColor];
        probe.remove();
        return out;
      });
      // Body-text contrast: the page's ink or muted grey (both AA on the paper) on a halo of the page's paper.
      expect(new Set(sizes.map((s) => s.stroke))).toEqual(new Set([paper]));
      expect(sizes.filter((s) => s.fill !== ink && s.fill !== muted)).toEqual([]);
      await page.context().close();
    });

  /**
   * The diagram told in steps (components/diagrams/Sequence.tsx): where it shows, how. `steps`: each step's words
   * and whether they and the step's own drawing are on screen; `stage`: the sticky drawing, if shown, with its box
   * and which steps' layers are visible.
   */
  const sequence = (page: import('playwright-core').Page, id: string) =>
    page.locator(`figure[data-seq][data-diagram="${id}"]`).evaluate((f) => {
      const shown = (e: Element | null) => !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
      const stage = f.querySelector('.seq-stage');
      const box = stage?.getBoundingClientRect();
      return {
        step: f.getAttribute('data-step'),
        // The heading marked in the stage's row of step headings (bold where the row is shown, from 1280 px).
        marked: [...f.querySelectorAll('[data-seq-dot]')]
          .filter((d) => shown(d) && Number(getComputedStyle(d).fontWeight) >= 700)
          .map((d) => d.getAttribute('data-seq-dot')),
        steps: [...f.querySelectorAll('[data-seq-step]')].map((li) => ({
          text: li.querySelector('.seq-text')?.textContent ?? '',
          textShown: shown(li.querySelector('.seq-text')),
          drawingShown: shown(li.querySelector('svg')),
        })),
        stage: shown(stage)
          ? {
              top: Math.round(box!.top),
              bottom: Math.round(box!.bottom),
              position: getComputedStyle(stage!).position,
              layers: [...stage!.querySelectorAll<SVGGElement>('.seq-layer')]
                .filter((g) => getComputedStyle(g).opacity === '1')
                .map((g) => g.getAttribute('data-steps')),
            }
          : null,
      };
    });
  /** Problems with a plain series: a step whose words or drawing is not shown, or a stage shown beside it. */
  const seriesProblems = (s: Awaited<ReturnType<typeof sequence>>) => [
    ...s.steps.flatMap((step, i) => [
      ...(step.text.length > 10 && step.textShown ? [] : [`step ${i + 1}: words not shown`]),
      ...(step.drawingShown ? [] : [`step ${i + 1}: drawing not shown`]),
    ]),
    ...(s.stage ? ['the sticky stage is shown'] : []),
  ];

  for (const [name, options] of [
    ['without JavaScript at 1440', { viewport: { width: 1440, height: 900 }, javaScriptEnabled: false }],
    ['with reduced motion at 1440', { viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' }],
    ['on a 390 phone', phone],
  ] as const)
    it(`the sequences ${name}: a plain series, every step's words and drawing shown`, async () => {
      for (const locale of ['zh', 'en'] as const) {
        const page = await browser.open(`/${locale}/restoration`, {
          context: options,
          beforeHydration: options.javaScriptEnabled === false,
        });
        for (const id of told) {
          const s = await sequence(page, id);
          expect(s.steps.length, id).toBe(3);
          expect(seriesProblems(s), id).toEqual([]);
          for (const step of s.steps) expect(han.test(step.text), step.text).toBe(locale === 'zh');
        }
        await page.context().close();
      }
    });

  it('the sequences print as plain series', async () => {
    const page = await browser.open('/en/restoration', { context: { viewport: { width: 1440, height: 900 } } });
    await page.emulateMedia({ media: 'print' });
    for (const id of told) expect(seriesProblems(await sequence(page, id)), id).toEqual([]);
    await page.context().close();
  });

  it.each(told)(
    '%s at 1440 with JavaScript: the drawing stays in view beside the steps and shows the step being read (and the series check reports it)',
    async (id) => {
      const page = await browser.open('/zh/restoration', { context: { viewport: { width: 1440, height: 900 } } });
      const figure = `figure[data-seq][data-diagram="${id}"]`;
      await page.waitForFunction((figure) => document.querySelector(figure)?.hasAttribute('data-seq-live'), figure);
      const seen: Awaited<ReturnType<typeof sequence>>[] = [];
      for (const n of [1, 2, 3]) {
        // The step's middle to the window's middle, as a reader scrolling would bring it.
        await page.locator(`${figure} [data-seq-step="${n}"]`).evaluate((li) => {
          const box = li.getBoundingClientRect();
          window.scrollBy({ top: box.top + box.height / 2 - window.innerHeight / 2, behavior: 'instant' });
        });
        await page.waitForFunction(({ figure, n }) => document.querySelector(figure)?.getAttribute('data-step') === n, {
          figure,
          n: String(n),
        });
        await page.waitForTimeout(600); // the layers' cross-fade
        seen.push(await sequence(page, id));
      }
      for (const [i, s] of seen.entries()) {
        const n = String(i + 1);
        expect(s.step).toBe(n);
        expect(s.stage?.position).toBe('sticky');
        // In view: the whole stage is inside the window, below the header.
        expect(s.stage!.top).toBeGreaterThanOrEqual(56);
        expect(s.stage!.bottom).toBeLessThanOrEqual(900);
        // The step row marks this step.
        expect(s.marked).toEqual([n]);
        // Only this step's layers are visible.
        expect(s.stage!.layers.length).toBeGreaterThan(0);
        expect(s.stage!.layers.filter((l) => !l!.split(' ').includes(n))).toEqual([]);
        // Every step's words stay on screen; the steps' own drawings give way to the stage.
        expect(s.steps.every((step) => step.textShown)).toBe(true);
        expect(s.steps.some((step) => step.drawingShown)).toBe(false);
      }
      // The three steps show three different states.
      expect(new Set(seen.map((s) => s.stage!.layers.join('|'))).size).toBe(3);
      // Negative control: the plain-series check, run on this wide layout, reports the hidden drawings and the stage.
      expect(seriesProblems(seen[0]!)).toContain('the sticky stage is shown');
      expect(seriesProblems(seen[0]!)).toContain('step 1: drawing not shown');
      await page.context().close();
    },
  );

  /** Problems with what the stage shows, against the step expected: the figure's step, the marked heading, the layers. */
  const stageProblems = (s: Awaited<ReturnType<typeof sequence>>, n: string) => [
    ...(s.step === n ? [] : [`data-step is ${s.step}, not ${n}`]),
    ...(s.marked.length === 1 && s.marked[0] === n ? [] : [`the step row marks ${s.marked.join(', ') || 'nothing'}, not ${n}`]),
    ...(s.stage && s.stage.layers.length && s.stage.layers.every((l) => l!.split(' ').includes(n))
      ? []
      : [`the drawing does not show step ${n} alone`]),
  ];

  it('after an instant jump past step 2 the drawing and the step row show step 3, not the step before the jump (with controls)', async () => {
    const page = await browser.open('/en/restoration', { context: { viewport: { width: 1440, height: 900 } } });
    const figure = 'figure[data-seq][data-diagram="terraces"]';
    await page.waitForFunction((figure) => document.querySelector(figure)?.hasAttribute('data-seq-live'), figure);
    // A reader at step 2, as scrolling brings it.
    await page.locator(`${figure} [data-seq-step="2"]`).evaluate((li) => {
      const box = li.getBoundingClientRect();
      window.scrollBy({ top: box.top + box.height / 2 - window.innerHeight / 2, behavior: 'instant' });
    });
    await page.waitForFunction((figure) => document.querySelector(figure)?.getAttribute('data-step') === '2', figure);
    // Then one instant jump (as End, a contents link or Find in page make) that leaves step 3's words just above the
    // middle band of the window (its bottom 40 px above it).
    const band = await page.locator(`${figure} [data-seq-step="3"]`).evaluate((li) => {
      window.scrollTo({ top: window.scrollY + li.getBoundingClientRect().bottom - window.innerHeight * 0.45 + 40, behavior: 'instant' });
      // Control: no step crosses the middle band the IntersectionObserver watches, so an observer alone sees no
      // step 3 here, and would leave step 2 shown (the defect this test is for).
      const [top, bottom] = [window.innerHeight * 0.45, window.innerHeight * 0.55];
      return [...li.parentElement!.querySelectorAll('[data-seq-step]')].filter((step) => {
        const box = step.getBoundingClientRect();
        return box.bottom > top && box.top < bottom;
      }).length;
    });
    expect(band).toBe(0);
    await page.waitForTimeout(800); // scroll end, then the layers' cross-fade
    expect(stageProblems(await sequence(page, 'terraces'), '3')).toEqual([]);
    // Control: the same check reports a stale step when the figure is left showing step 2.
    await page.locator(figure).evaluate((f) => f.setAttribute('data-step', '2'));
    await page.waitForTimeout(600);
    expect(stageProblems(await sequence(page, 'terraces'), '3')).toEqual([
      'data-step is 2, not 3',
      'the step row marks 2, not 3',
      'the drawing does not show step 3 alone',
    ]);
    // A new location.hash past both sequences (the next section's heading) shows each one's last step.
    await page.evaluate(() => (location.hash = '#foundations'));
    await page.waitForTimeout(800);
    for (const id of told) expect(stageProblems(await sequence(page, id), '3'), id).toEqual([]);
    await page.context().close();
  });
});

/** The number of pages in a PDF (its page objects, not the /Pages tree nodes). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

/**
 * Articles on paper (A4, app/styles/print.css): graphics at the column's width and short enough that
 * two share a page, no site footer after the source line, term links without underlines, and a page count with
 * an upper bound (measured: /zh/restoration 10 → 7, /en/restoration 13 → 9, /en/industries 8 → 7 pages).
 */
describe('articles in print', () => {
  const bounds: [string, number][] = [
    ['/zh/restoration', 7],
    ['/en/restoration', 9],
    ['/zh/industries', 7],
    ['/en/industries', 7],
    ['/zh/targets', 7],
    ['/en/targets', 7],
  ];

  it.each(bounds)('%s prints on at most %i A4 pages', async (path, most) => {
    const page = await browser.open(path);
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(most);
    await page.context().close();
  });

  it('the page count can fail: the same article with a page break before every figure runs longer (negative control)', async () => {
    const page = await browser.open('/zh/restoration');
    await page.addStyleTag({ content: '@media print { figure { break-before: page !important; } }' });
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeGreaterThan(7);
    await page.context().close();
  });

  it.each(['zh', 'en'])(
    '/%s/restoration: graphics under half a page, no footer after the source line, plain term links',
    async (locale) => {
      // A4 at the CSS 96 px per inch: 794 × 1123 px.
      const page = await browser.open(`/${locale}/restoration`, { context: { viewport: { width: 794, height: 1123 } } });
      const look = () =>
        page.evaluate(() => ({
          // the drawn pictures: the diagrams' shown drawing, the illustrations, the map
          graphics: [...document.querySelectorAll('[data-article-body] figure :is(svg[role="img"], img)')]
            .filter((g) => getComputedStyle(g).display !== 'none')
            .map((g) => Math.round(g.getBoundingClientRect().height)),
          footer: getComputedStyle(document.querySelector('body > footer')!).display,
          source: getComputedStyle(document.querySelector('.print-source')!).display,
          terms: [...document.querySelectorAll('a[data-term]')].map((a) => getComputedStyle(a).textDecorationLine),
        }));
      const screen = await look();
      await page.emulateMedia({ media: 'print' });
      const paper = await look();
      // control: on screen the footer shows and term links are underlined, so these checks can tell the media apart
      expect(screen.footer).not.toBe('none');
      expect(screen.terms.every((d) => d === 'underline')).toBe(true);
      expect(paper.footer).toBe('none');
      expect(paper.source).toBe('block');
      expect(paper.terms.length).toBeGreaterThan(0);
      expect(paper.terms.filter((d) => d !== 'none')).toEqual([]);
      expect(paper.graphics.length).toBeGreaterThanOrEqual(5);
      expect(paper.graphics.filter((h) => h > 1123 / 2)).toEqual([]);
      await page.context().close();
    },
  );
});
