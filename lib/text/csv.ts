/** CSV as RFC 4180 writes it (the data files: figures, glossary), and a reader for the tests. */

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

/** A small RFC 4180 reader, used by the tests to prove a file parses back to what went in. */
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
