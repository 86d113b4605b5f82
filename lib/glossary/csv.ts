import type { TermEntry } from '../content/schema';

/** Excel opens a UTF-8 CSV as the local code page (garbling Chinese) unless the file starts with a BOM. */
export const BOM = '\uFEFF';

/** One field, quoted per RFC 4180 §2 when it holds a comma, quote, CR or LF; quotes are doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows joined with CRLF, as RFC 4180 asks, with the BOM in front. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

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
      t.rendering.source,
    ]),
  ]);
}

/** A small RFC 4180 reader, used by the tests to prove the file parses back to what went in. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && src[i + 1] === '\n') {
      endRow();
      i++;
    } else if (c === '\n') endRow();
    else field += c;
  }
  if (field || row.length) endRow();
  return rows;
}
