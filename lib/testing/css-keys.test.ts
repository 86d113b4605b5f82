import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEQ_ATTR } from '@/components/diagrams/sequence-keys';
import { PARALLEL_ATTR, choicesFor, parallelChoices } from '@/components/cite/parallel-keys';
import { diagramText } from '@/lib/content/schema';
import { locales } from '@/lib/i18n/routing';

/**
 * Every `data-*` attribute a stylesheet names belongs to someone: a keys module (components/**\/*-keys.ts, each
 * exporting its names as `…_ATTR`) that the markup and the client leaves also read, or the short list below of
 * attributes that only the CSS reads. "Names" covers attribute selectors, `attr()` and Tailwind's `data-[…]`
 * variants in the components' class names (Tailwind turns those into selectors). The sequence CSS also styles
 * exactly as many steps as the content schema allows, and the side-by-side view's CSS spells out exactly the
 * language choice's values.
 */
const root = path.resolve(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(path.join(root, p), 'utf8');
const filesUnder = (dirs: string[], keep: (f: string) => boolean) =>
  dirs
    .flatMap((dir) => readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)))
    .map((f) => f.split(path.sep).join('/'))
    .filter(keep)
    .sort();

/** Every stylesheet of the site, so a family split into its own file is still checked. */
const cssFiles = filesUnder(['app', 'components'], (f) => f.endsWith('.css'));
/** Components' source, for the Tailwind `data-[…]` variants in their class names. */
const componentSources = filesUnder(['app', 'components'], (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
/** The keys modules, found by name so a new one is counted without being listed here. */
const keysFiles = filesUnder(['components', 'lib'], (f) => /-keys\.ts$/.test(f) && !f.startsWith('lib/testing/'));
const keysModules: [string, Record<string, unknown>][] = await Promise.all(
  keysFiles.map(async (f) => [f, (await import(path.join(root, f))) as Record<string, unknown>] as [string, Record<string, unknown>]),
);

/** The attribute names a module defines: the `data-*` values of its `…_ATTR` exports. */
function definedBy(mod: Record<string, unknown>): string[] {
  return Object.entries(mod)
    .filter(([name, value]) => name.endsWith('_ATTR') && typeof value === 'object' && value !== null)
    .flatMap(([, value]) => Object.values(value as Record<string, unknown>))
    .filter((v): v is string => typeof v === 'string' && v.startsWith('data-'));
}
const defined = new Set(keysModules.flatMap(([, mod]) => definedBy(mod)));

/**
 * Attributes that only the stylesheets read: server markup (or a leaf on its own element) states how a thing looks,
 * and no script and no other markup depends on the name. Anything a client leaf finds, or that ties two components
 * together, belongs in a keys module instead.
 */
const presentational = [
  'data-print', // "hide": left off paper (app/styles/print.css); written by many server components
  'data-label', // a table cell's or a correction mark's label, shown by `content: attr(data-label)`
  'data-mark', // the ¶/# a passage link shows, by `content: attr(data-mark)`
  'data-hero', // the article's lead picture block, given a fixed height on paper
  'data-graphic', // a map, diagram or chart figure, laid out for paper
  'data-brief', // the press kit's printable brief, which takes the whole page when printed
  'data-below', // the quote bar (QuoteBar.client.tsx, on its own element) sits below the selection, not above
];

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');
/** The `data-*` names a stylesheet uses: attribute selectors and `attr()`. */
const attributes = (css: string) => [...withoutComments(css).matchAll(/(?:\[\s*|attr\(\s*)(data-[a-z0-9-]+)/g)].map((m) => m[1]!);
/** The `data-*` names in Tailwind variants (`data-[x]:`, `group-data-[x]/name:`, `peer-data-[x=y]:`). */
const variantAttributes = (source: string) => [...source.matchAll(/\bdata-\[([a-z0-9-]+)/g)].map((m) => `data-${m[1]!}`);

/** Names in `names` that neither a keys module nor the presentational list accounts for. */
function unowned(names: string[], known: Set<string> = defined): string[] {
  return [...new Set(names.filter((a) => !known.has(a) && !presentational.includes(a)))];
}

/** For each selector group that spells steps out (`[data-step='N']`), the step numbers it lists. */
function styledStepCounts(css: string): number[][] {
  const rules = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('{')
    .map((r) => r.split('}').pop() ?? '');
  const re = new RegExp(`\\[${SEQ_ATTR.current}='(\\d+)'\\]`, 'g');
  return rules.map((sel) => [...sel.matchAll(re)].map((m) => Number(m[1]))).filter((n) => n.length > 0);
}

/** The largest number of steps the schema accepts (probed through the schema itself). */
function schemaMaxSteps(): number {
  const step = { title: { zh: '步', en: 'Step' }, text: { zh: '一句。', en: 'One line.' } };
  const steps = diagramText.shape.steps;
  let n = 2;
  while (n < 50 && steps.safeParse(Array.from({ length: n + 1 }, () => step)).success) n++;
  return n;
}

describe('CSS attribute names come from the keys modules', () => {
  it('finds the stylesheets (every .css under app/ and components/)', () => {
    expect(cssFiles).toEqual(
      expect.arrayContaining(['app/globals.css', 'app/styles/figures.css', 'app/styles/parallel.css', 'components/diagrams/diagrams.css']),
    );
  });
  it('finds the keys modules, each defining attributes', () => {
    expect(keysFiles).toEqual(
      expect.arrayContaining([
        'components/header-keys.ts',
        'components/glossary/filter-keys.ts',
        'components/glossary/term-keys.ts',
        'components/story/compare-keys.ts',
        'components/story/stage-keys.ts',
        'components/cite/parallel-keys.ts',
        'components/cite/passage-keys.ts',
        'components/diagrams/sequence-keys.ts',
      ]),
    );
    for (const [file, mod] of keysModules) expect(definedBy(mod), file).not.toEqual([]);
  });
  it("no presentational attribute is also a keys module's (one owner each)", () => {
    expect(presentational.filter((a) => defined.has(a))).toEqual([]);
  });
  it('every presentational attribute is still named by a stylesheet (the list does not outlive its rules)', () => {
    const used = new Set(cssFiles.flatMap((f) => attributes(read(f))));
    expect(presentational.filter((a) => !used.has(a))).toEqual([]);
  });
  it.each(cssFiles)('%s', (file) => {
    expect(unowned(attributes(read(file)))).toEqual([]);
  });
  it('the Tailwind data-[…] variants in app/ and components/', () => {
    const names = componentSources.flatMap((f) => variantAttributes(read(f)));
    expect(names).toContain('data-enhanced'); // the slider's stacked layout (BeforeAfter.tsx): the scan finds them
    expect(unowned(names)).toEqual([]);
  });
  it('the stylesheets use the protocols at all (so the checks above are not vacuous)', () => {
    const used = new Set(cssFiles.flatMap((f) => attributes(read(f))));
    for (const a of [SEQ_ATTR.live, SEQ_ATTR.current, 'data-term-card', 'data-site-header', 'data-compare', 'data-active', 'data-side'])
      expect(used).toContain(a);
  });
  it('control: a misspelt or unknown attribute is reported, in a selector, in attr() and in a Tailwind variant', () => {
    const css =
      '.dg-seq[data-seq-lvie] .x, [data-map-enlrage] a, [data-on-stag], body:has([data-tocs]) [data-print], .a::before { content: attr(data-lable) }';
    expect(unowned(attributes(css))).toEqual(['data-seq-lvie', 'data-map-enlrage', 'data-on-stag', 'data-tocs', 'data-lable']);
    // Spelt in pieces: Tailwind scans this file too, and would otherwise ship CSS for these two made-up classes.
    const classes = ['group-data-[', 'enhancd]/compare:block ', 'data-[', 'compare]:hidden'].join('');
    expect(unowned(variantAttributes(classes))).toEqual(['data-enhancd']);
  });
  it('control: an attribute defined by no keys module is reported once its module is gone', () => {
    expect(unowned(['data-site-header'])).toEqual([]);
    expect(unowned(['data-site-header'], new Set())).toEqual(['data-site-header']);
  });
});

/** The values of `[name='…']` (or "…") selectors in `css`, sorted, each once. */
function selectedValues(css: string, name: string): string[] {
  const re = new RegExp(`\\[\\s*${name}\\s*=\\s*['"]?([^'"\\]\\s]+)`, 'g');
  return [...new Set([...withoutComments(css).matchAll(re)].map((m) => m[1]!))].sort();
}

describe('the side-by-side view: the CSS spells the language choice as parallel-keys.ts defines it', () => {
  const css = read('app/styles/parallel.css');
  it('the radio values it selects are exactly the locales (lib/i18n/routing.ts) and "both"', () => {
    expect(selectedValues(css, 'value')).toEqual([...parallelChoices].sort());
    expect([...parallelChoices].sort()).toEqual([...locales, 'both'].sort());
  });
  it(`the sides it selects (${PARALLEL_ATTR.side}) are exactly the locales`, () => {
    expect(selectedValues(css, PARALLEL_ATTR.side)).toEqual([...locales].sort());
  });
  it('each page offers every choice once, its own language first and both last', () => {
    for (const l of locales) {
      const choices = choicesFor(l);
      expect(choices[0]).toBe(l);
      expect(choices.at(-1)).toBe('both');
      expect([...choices].sort()).toEqual([...parallelChoices].sort());
    }
  });
  it('the cite stylesheet no longer holds the view (its own family)', () => {
    expect(read('app/styles/cite.css')).not.toMatch(/\.parallel-/);
  });
  it("control: CSS that misses a locale or names one that doesn't exist is reported", () => {
    const stale = ".v:has(input[value='zh']:checked) [data-side]:not([data-side='zh']), .v:has(input[value=\"fr\"]:checked) {}";
    expect(selectedValues(stale, 'value')).toEqual(['fr', 'zh']);
    expect(selectedValues(stale, 'value')).not.toEqual([...parallelChoices].sort());
    expect(selectedValues(stale, PARALLEL_ATTR.side)).not.toEqual([...locales].sort());
  });
});

describe('the sequence CSS styles every step the schema allows', () => {
  it('the schema probe finds a limit the schema enforces (it accepts max steps and rejects one more)', () => {
    const max = schemaMaxSteps();
    const step = { title: { zh: '步', en: 'Step' }, text: { zh: '一句。', en: 'One line.' } };
    expect(diagramText.shape.steps.safeParse(Array.from({ length: max }, () => step)).success).toBe(true);
    expect(diagramText.shape.steps.safeParse(Array.from({ length: max + 1 }, () => step)).success).toBe(false);
    expect(max).toBeLessThan(50);
  });
  it('each step-spelling selector group in diagrams.css lists 1..max steps, max from lib/content/schema.ts', () => {
    const max = schemaMaxSteps();
    const groups = styledStepCounts(read('components/diagrams/diagrams.css'));
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) expect(g).toEqual(Array.from({ length: max }, (_, i) => i + 1));
  });
  it('control: a group that stops at step 3 is reported', () => {
    const css = ".dg-seq[data-step='1'] .a, .dg-seq[data-step='2'] .a, .dg-seq[data-step='3'] .a { opacity: 1 }";
    const max = schemaMaxSteps();
    expect(styledStepCounts(css)).toEqual([[1, 2, 3]]);
    expect(styledStepCounts(css)[0]).not.toEqual(Array.from({ length: max }, (_, i) => i + 1));
  });
});
