import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEQ_ATTR } from '@/components/diagrams/sequence-keys';
import { MAP_ATTR } from '@/components/map/map-keys';
import { STAGE_ATTR } from '@/components/story/stage-keys';
import { TOC_ATTR } from '@/components/article/toc-keys';
import { PASSAGE_ATTR } from '@/components/cite/passage-keys';
import { GALLERY_ATTR } from '@/components/gallery/gallery-keys';
import { diagramText } from '@/lib/content/schema';

/**
 * The CSS that selects on a client leaf's DOM protocol spells the same attribute names as its keys module, and the
 * sequence CSS styles exactly as many steps as the content schema allows.
 */
const protocols = [
  { prefixes: ['data-seq', 'data-step'], names: Object.values(SEQ_ATTR) as string[] },
  { prefixes: ['data-map-'], names: Object.values(MAP_ATTR) as string[] },
  { prefixes: ['data-stage', 'data-scene', 'data-on-'], names: Object.values(STAGE_ATTR) as string[] },
  { prefixes: ['data-toc'], names: Object.values(TOC_ATTR) as string[] },
  // ArticleTools' own buttons (data-passage-tools, -language) are its markup, not a protocol with static HTML.
  {
    prefixes: ['data-article-', 'data-passage', 'data-target'],
    names: [...Object.values(PASSAGE_ATTR), 'data-passage-tools', 'data-passage-language'],
  },
  { prefixes: ['data-gallery', 'data-photo'], names: Object.values(GALLERY_ATTR) as string[] },
];
const read = (p: string) => readFileSync(p, 'utf8');
/** Every stylesheet of the site, so a family split into its own file is still checked. */
const cssFiles = ['app', 'components']
  .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)))
  .filter((f) => f.endsWith('.css'))
  .sort();
const attributes = (css: string) => [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/\[\s*(data-[a-z0-9-]+)/g)].map((m) => m[1]!);

/** Attribute names in `css` that belong to a protocol's family (by prefix) but that its keys module does not define. */
function unknownAttributes(css: string): string[] {
  return [
    ...new Set(
      attributes(css).filter((a) => {
        const family = protocols.filter((p) => p.prefixes.some((pre) => a.startsWith(pre)));
        return family.length > 0 && !family.some((p) => p.names.includes(a));
      }),
    ),
  ];
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
    expect(cssFiles).toEqual(expect.arrayContaining(['app/globals.css', 'app/styles/figures.css', 'components/diagrams/diagrams.css']));
  });
  it.each(cssFiles)('%s', (file) => {
    expect(unknownAttributes(read(file))).toEqual([]);
  });
  it('diagrams.css selects on the sequence protocol at all (so the check above is not vacuous)', () => {
    const used = new Set(attributes(read('components/diagrams/diagrams.css')));
    for (const a of [SEQ_ATTR.live, SEQ_ATTR.current, SEQ_ATTR.step, SEQ_ATTR.dot, SEQ_ATTR.layers]) expect(used).toContain(a);
  });
  it('control: a misspelt attribute is reported', () => {
    expect(unknownAttributes('.dg-seq[data-seq-lvie] .x, [data-map-enlrage] a, [data-on-stag], body:has([data-tocs]) {}')).toEqual([
      'data-seq-lvie',
      'data-map-enlrage',
      'data-on-stag',
      'data-tocs',
    ]);
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
