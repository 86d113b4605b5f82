import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from './errors';
import { compileMdx } from './mdx';
import { glossaryFile } from './schema';
import { loadSite } from './site';
import { validate } from './validate';

const root = path.resolve(import.meta.dirname, '../..');
const known = { terms: new Set(['green-mine']), photos: new Set<string>() };

/** A copy of content/ to break on purpose; photos are read from the real public/. */
let dir: string | undefined;
function contentCopy(): string {
  dir = mkdtempSync(path.join(tmpdir(), 'glossary-content-'));
  cpSync(path.join(root, 'content'), dir, { recursive: true });
  return dir;
}
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});
const loadCopy = (content: string) => loadSite(content, path.join(root, 'public'));

describe('a term reference the glossary does not have stops the build', () => {
  it('names the file, line and the unknown id', async () => {
    const source = '## Heading {#h}\n\nA [green mine](term:green-mine) and a [grey one](term:grey-mine). {#p}\n';
    const error = await compileMdx('content/articles/x/en.mdx', source, known).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toBe(
      'content/articles/x/en.mdx:3: term: unknown glossary term "grey-mine" (content/glossary.json has no such id)',
    );
  });

  it('in a real article, through the whole content load', async () => {
    const content = contentCopy();
    const file = path.join(content, 'articles/targets/en.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('(term:', '(term:no-such-term-'));
    await expect(loadCopy(content)).rejects.toThrow(/content\/articles\/targets\/en\.mdx:\d+: term: unknown glossary term "no-such-term-/);
  });
});

describe('a term missing a language stops the build', () => {
  const entry = {
    id: 'green-mine',
    zh: '绿色矿山',
    pinyin: 'lǜsè kuàngshān',
    en: 'green mine',
    category: 'policy',
    definition: { zh: '释义。', en: 'A definition.' },
    short: { zh: '短释义。', en: 'Short.' },
    rendering: { status: 'site', source: 'The site’s own.' },
  };
  it.each([
    ['English name', { en: undefined }, 'terms[0] "green-mine" › en: is missing'],
    ['Chinese name', { zh: '  ' }, 'terms[0] "green-mine" › zh: must not be empty'],
    ['English definition', { definition: { zh: '释义。' } }, 'terms[0] "green-mine" › definition › en: is missing'],
    ['Chinese short definition', { short: { en: 'Short.' } }, 'terms[0] "green-mine" › short › zh: is missing'],
  ])('%s', (_what, change, message) => {
    const data = { terms: [{ ...entry, ...change }] };
    expect(() => validate(glossaryFile, data, 'content/glossary.json')).toThrow(`content/glossary.json: ${message}`);
  });

  it('in the real glossary, through the whole content load', async () => {
    const content = contentCopy();
    const file = path.join(content, 'glossary.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { terms: { id: string; definition: Record<string, string> }[] };
    delete data.terms[3]!.definition.en;
    writeFileSync(file, JSON.stringify(data, null, 2));
    await expect(loadCopy(content)).rejects.toThrow(`content/glossary.json:`);
    await expect(loadCopy(content)).rejects.toThrow(`terms[3] "${data.terms[3]!.id}" › definition › en: is missing`);
  });

  it('a related id that is not a term', async () => {
    const content = contentCopy();
    const file = path.join(content, 'glossary.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { terms: { id: string; related: string[] }[] };
    data.terms[0]!.related.push('nowhere');
    writeFileSync(file, JSON.stringify(data, null, 2));
    await expect(loadCopy(content)).rejects.toThrow(`terms[0] "${data.terms[0]!.id}" › related: names unknown term "nowhere"`);
  });
});

describe('the real glossary', () => {
  const data = validate(glossaryFile, JSON.parse(readFileSync(path.join(root, 'content/glossary.json'), 'utf8')), 'content/glossary.json');
  it('has no term id that would shadow a glossary page of its own (/glossary/by-pinyin, /glossary/by-english)', () => {
    expect(data.terms.map((t) => t.id)).not.toEqual(expect.arrayContaining(['by-pinyin']));
    expect(data.terms.map((t) => t.id)).not.toEqual(expect.arrayContaining(['by-english']));
  });
  it('lists the place name’s other spellings as aliases, so the filter and search find them', () => {
    const place = data.terms.find((t) => t.id === 'zhungeer-banner');
    expect(place?.en).toBe('Zhungeer Banner');
    expect(place?.aliases.en).toEqual(expect.arrayContaining(['Jungar Banner', 'Juungar Banner']));
  });
});
