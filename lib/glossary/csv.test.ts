import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryFile } from '../content/schema';
import { BOM, csvField, glossaryColumns, glossaryCsv, parseCsv, toCsv } from './csv';

describe('RFC 4180 fields', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say “hi” and "yo"', '"say “hi” and ""yo"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['准格尔旗，鄂尔多斯', '准格尔旗，鄂尔多斯'],
    ['', ''],
  ])('%j → %j', (value, quoted) => {
    expect(csvField(value)).toBe(quoted);
  });

  it('starts with the UTF-8 BOM and ends every record with CRLF', () => {
    const text = toCsv([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text).toBe(`${BOM}a,b\r\n1,2\r\n`);
  });
});

describe('the glossary CSV', () => {
  const terms = glossaryFile.parse(
    JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../content/glossary.json'), 'utf8')),
  ).terms;
  const rows = parseCsv(glossaryCsv(terms));

  it('has the header translators expect and one row per term', () => {
    expect(rows[0]).toEqual([...glossaryColumns]);
    expect(rows).toHaveLength(terms.length + 1);
    expect(rows.every((r) => r.length === glossaryColumns.length)).toBe(true);
  });

  it('reads back exactly, commas, quotes and Chinese included', () => {
    for (const [i, t] of terms.entries()) {
      const row = Object.fromEntries(glossaryColumns.map((c, j) => [c, rows[i + 1]![j]]));
      expect(row).toMatchObject({
        id: t.id,
        zh: t.zh,
        pinyin: t.pinyin,
        en: t.en,
        definition_zh: t.definition.zh,
        definition_en: t.definition.en,
      });
      expect(row.aliases_en!.split(' | ').filter(Boolean)).toEqual(t.aliases.en);
      expect(row.related!.split(' | ').filter(Boolean)).toEqual(t.related);
    }
  });
});
