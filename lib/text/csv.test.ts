import { describe, expect, it } from 'vitest';
import { BOM, csvField, parseCsv, toCsv } from './csv';

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

describe('parseCsv', () => {
  it('reads back what toCsv wrote, quotes, commas and line breaks included', () => {
    const rows = [
      ['id', 'text'],
      ['a', 'say "hi", then\r\nstop'],
      ['b', '准格尔旗，鄂尔多斯'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});
