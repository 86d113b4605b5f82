import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureRows, figuresCsv } from './figures';
import { glossaryTbx } from './tbx';
import { articleTmx } from './tmx';
import type { FigureEntry, TermEntry } from '../content/schema';

const schemas = path.resolve(import.meta.dirname, '../testing/fixtures/schemas');
const dir = mkdtempSync(path.join(tmpdir(), 'desk-'));
/** xmllint's verdict on a file (the published DTD / RELAX NG schema), '' when valid. */
function lint(name: string, text: string, args: string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  try {
    execFileSync('xmllint', ['--noout', ...args, file], { stdio: 'pipe' });
    return '';
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  }
}

const article = (text: string) => ({
  updated: '2026-11-30',
  passages: [
    { id: 'lead', text },
    { id: 'more', text: 'A & B <c>' },
  ],
});

describe('articleTmx', () => {
  const tmx = articleTmx('restoration', { zh: article('导语“引号”'), en: article('Lead “quote”') });
  it('is valid TMX 1.4 (the LISA DTD), one unit per passage id', () => {
    expect(lint('a.tmx', tmx, ['--dtdvalid', path.join(schemas, 'tmx14.dtd')])).toBe('');
    expect(tmx.match(/<tu /g)).toHaveLength(2);
    expect(tmx).toContain('<tu tuid="more">');
    expect(tmx).toContain('<seg>A &amp; B &lt;c&gt;</seg>');
  });
  it('the validator refuses a unit without a segment (negative control)', () => {
    expect(lint('bad.tmx', tmx.replace(/<seg>[^<]*<\/seg>/, ''), ['--dtdvalid', path.join(schemas, 'tmx14.dtd')])).not.toBe('');
  });
  it('refuses an English article that lacks a passage, naming the file', () => {
    expect(() => articleTmx('restoration', { zh: article('x'), en: { updated: '2026-11-30', passages: [] } })).toThrow(
      /en\.mdx: passage "lead"/,
    );
  });
});

const term: TermEntry = {
  id: 'green-mine',
  zh: '绿色矿山',
  pinyin: 'lǜsè kuàngshān',
  en: 'green mine',
  category: 'policy',
  definition: { zh: '定义', en: 'Definition & more' },
  short: { zh: '短', en: 'Short' },
  aliases: { zh: [], en: ['green mining site'] },
  related: [],
  rendering: { status: 'official', source: { zh: '部委', en: 'Ministry' } },
} as unknown as TermEntry;

describe('glossaryTbx', () => {
  const tbx = glossaryTbx([term]);
  it('is valid against the TBX v3 core structure schema', () => {
    expect(lint('g.tbx', tbx, ['--relaxng', path.join(schemas, 'TBXcoreStructV03.rng')])).toBe('');
    expect(tbx).toContain('<term>green mining site</term>');
    expect(tbx).toContain('<note>Pinyin: lǜsè kuàngshān</note>');
  });
  it('the validator refuses an entry outside the core structure (negative control)', () => {
    expect(
      lint('bad.tbx', tbx.replace('<termSec>', '<termGroup>').replace('</termSec>', '</termGroup>'), [
        '--relaxng',
        path.join(schemas, 'TBXcoreStructV03.rng'),
      ]),
    ).not.toBe('');
  });
});

describe('figures', () => {
  const f = {
    id: 'measures',
    value: '20',
    unit: { zh: '条', en: 'measures' },
    label: { zh: '措施', en: 'Measures, early' },
    period: 'not-stated',
    passage: { section: 'restoration', id: 'lead' },
    source: { zh: '报道', en: 'Feature' },
  } as unknown as FigureEntry;
  it('writes a CSV with a BOM, the period note, the passage URL and wording', () => {
    const rows = figureRows([f], 'en', () => ({ passages: [{ id: 'lead', kind: 'paragraph', text: 'Twenty measures, "quoted".' }] }));
    const csv = figuresCsv(rows);
    expect(csv.startsWith('\uFEFFfigure,label,')).toBe(true);
    expect(csv).toContain('"Measures, early",20,measures,No date given in the feature,false,');
    expect(csv).toMatch(/\/en\/restoration#lead,"Twenty measures, ""quoted"".",Feature\r\n$/);
  });
  it('refuses a figure whose passage is missing', () => {
    expect(() => figureRows([f], 'en', () => ({ passages: [] }))).toThrow(/figure "measures": passage "lead"/);
  });
});
