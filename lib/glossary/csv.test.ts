import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryFile } from '../content/schema';
import { parseCsv } from '../text/csv';
import { glossaryColumns, glossaryCsv } from './csv';

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
