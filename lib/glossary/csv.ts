import type { TermEntry } from '../content/schema';
import { toCsv } from '../text/csv';

export const glossaryColumns = [
  'id',
  'zh',
  'pinyin',
  'en',
  'category',
  'definition_zh',
  'definition_en',
  'aliases_zh',
  'aliases_en',
  'related',
  'rendering_status',
  'rendering_source',
  'rendering_source_zh',
] as const;

/** Lists inside one cell (aliases, related ids) are joined with " | ": no alias contains a bar, many contain commas. */
const joinList = (items: readonly string[]) => items.join(' | ');

export function glossaryCsv(terms: readonly TermEntry[]): string {
  return toCsv([
    glossaryColumns,
    ...terms.map((t) => [
      t.id,
      t.zh,
      t.pinyin,
      t.en,
      t.category,
      t.definition.zh,
      t.definition.en,
      joinList(t.aliases.zh),
      joinList(t.aliases.en),
      joinList(t.related),
      t.rendering.status,
      t.rendering.source?.en ?? '',
      t.rendering.source?.zh ?? '',
    ]),
  ]);
}
