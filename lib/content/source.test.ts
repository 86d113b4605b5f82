import { describe, expect, it } from 'vitest';
import { parseFrontmatter, parseJson, type FieldPath } from './source';

const json = `{
  "photos": [
    {
      "id": "hill",
      "alt": { "zh": "山", "en": "hill" },
      "place": {
        "en": "Zhungeer"
      }
    },
    { "alt": { "zh": "田" } },
    {
      "kind": "photograph",
      "id": "field"
    }
  ]
}
`;

describe('parseJson: the line of a field path', () => {
  const parsed = parseJson(json);
  if ('error' in parsed) throw new Error(parsed.error);
  it.each<[string, FieldPath, number | undefined]>([
    ['a top-level key', ['photos'], 2],
    ['an entry with an id: the id line', ['photos', 0], 4],
    ['a field of an entry', ['photos', 0, 'alt'], 5],
    ['a nested field on the same line as its parent', ['photos', 0, 'alt', 'en'], 5],
    ['a nested field on its own line', ['photos', 0, 'place', 'en'], 7],
    ['a missing field: the line of the object that should hold it', ['photos', 0, 'alt', 'fr'], 5],
    ['a field missing from an entry: that entry (its id line), not the same field elsewhere', ['photos', 0, 'kind'], 4],
    ['an entry without an id: its opening line', ['photos', 1], 10],
    ['a missing field inside it', ['photos', 1, 'alt', 'en'], 10],
    ['an entry whose id comes after other fields: the id line', ['photos', 2], 13],
    ['a field before that id: its own line', ['photos', 2, 'kind'], 12],
    ['an entry past the end: the array', ['photos', 9], 2],
    ['a path not in the file at all', ['terms', 0], undefined],
  ])('%s', (_, path, line) => {
    expect(parsed.source.lineOf(path)).toBe(line);
  });

  it.each([
    ['a stray comma', '{\n  "a": [,\n  1]\n}', 2],
    ['single quotes', "{\n  'a': 1\n}", 2],
    ['a comment', '{\n  "a": 1\n  // no\n}', 3],
    ['a trailing comma', '{\n  "a": 1,\n}', 3],
  ])('refuses %s and names its line', (_, text, line) => {
    const result = parseJson(text);
    expect(result).toMatchObject({ line });
    expect('error' in result && result.error).toBeTruthy();
  });
});

const frontmatter = `---
title: 'Restoration'
standfirst: >
  Two lines
  of text.
published: 2026-11-29
tags:
  - one
  - two
---
`;

describe('parseFrontmatter: file lines, fields and the line of a YAML error', () => {
  const parsed = parseFrontmatter(frontmatter);
  if ('error' in parsed) throw new Error(parsed.error);

  it('reads bare dates as dates and keeps the file line numbers', () => {
    expect(parsed.data.published).toEqual(new Date('2026-11-29'));
    expect(parsed.data.standfirst).toBe('Two lines of text.\n');
  });

  it.each<[FieldPath, number | undefined]>([
    [['title'], 2],
    [['standfirst'], 3],
    [['published'], 6],
    [['tags', 1], 9],
    [['hero'], undefined],
  ])('%j is on line %s', (path, line) => {
    expect(parsed.source.lineOf(path)).toBe(line);
  });

  it('an empty or absent frontmatter is an empty object', () => {
    expect(parseFrontmatter('')).toMatchObject({ data: {} });
  });

  it.each([
    ['a quote left open: the line that opens it', "---\ntitle: 'a\nsummary: b\nhero: c\n---\n", 2],
    ['a bracket left open', '---\ntitle: a\ntags: [a, b\nhero: c\n---\n', 3],
    ['a brace left open on the last line', '---\ntitle: a\nhero: {a: b\n---\n', 3],
    ['a key given twice: the second', '---\ntitle: a\nhero: c\ntitle: b\n---\n', 4],
  ])('%s', (_, text, line) => {
    expect(parseFrontmatter(text)).toMatchObject({ line });
  });
});
