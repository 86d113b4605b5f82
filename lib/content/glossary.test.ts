import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanFixtures, expectContentError, fixtureSite } from '../testing/fixtures/content/site-fixture';
import { glossaryFile } from './schema';
import { validate } from './validate';

/**
 * Glossary failures not covered by data.test.ts and mdx.test.ts (which cover an unknown term in an article, an
 * unknown related id and a definition or short text missing a language): a term whose own name or pinyin is
 * missing, and checks on the real glossary that the glossary pages rely on.
 */
afterAll(cleanFixtures);
const glossary = 'content/glossary.json';

describe('a term missing a language stops the build', () => {
  it('no English name', async () => {
    const site = await fixtureSite();
    site.replace(glossary, '"en": "green mine",\n', '');
    await expectContentError(site.load(), { file: glossary, line: 'any', field: 'terms[0] "green-mine" › en', says: ['is missing'] });
  });

  it('an empty Chinese name', async () => {
    const site = await fixtureSite();
    site.replace(glossary, '"zh": "复垦"', '"zh": " "');
    await expectContentError(site.load(), {
      file: glossary,
      line: 'any',
      field: 'terms[1] "reclamation" › zh',
      says: ['must not be empty'],
    });
  });

  it('no pinyin', async () => {
    const site = await fixtureSite();
    site.replace(glossary, '"pinyin": "fùkěn",\n', '');
    await expectContentError(site.load(), { file: glossary, line: 'any', field: 'terms[1] "reclamation" › pinyin', says: ['is missing'] });
  });
});

type Terms = { terms: { rendering: { status: string; source?: { zh: string; en?: string } } }[] };

describe('a rendering says whose it is', () => {
  it('a site rendering may go without a note (the term page gives the standard one)', async () => {
    const site = await fixtureSite();
    site.json<Terms>(glossary, (d) => void (d.terms[0]!.rendering = { status: 'site' }));
    await expect(site.load()).resolves.toBeDefined();
  });

  it('an official rendering without its source stops the build (control)', async () => {
    const site = await fixtureSite();
    site.json<Terms>(glossary, (d) => void (d.terms[0]!.rendering = { status: 'official' }));
    await expectContentError(site.load(), {
      file: glossary,
      line: 'any',
      field: 'terms[0] "green-mine" › rendering › source',
      says: ['is missing'],
    });
  });

  it('a note without its Chinese stops the build (control: a Chinese page would show it in English)', async () => {
    const site = await fixtureSite();
    site.json<Terms>(glossary, (d) => void (d.terms[0]!.rendering = { status: 'official', source: { en: 'A ministry' } as never }));
    await expectContentError(site.load(), {
      file: glossary,
      line: 'any',
      field: 'terms[0] "green-mine" › rendering › source › zh',
      says: ['is missing'],
    });
  });
});

describe('the real glossary', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const data = validate(glossaryFile, JSON.parse(readFileSync(path.join(root, 'content/glossary.json'), 'utf8')), 'content/glossary.json');

  it('has no term id that a glossary page of its own already uses (/glossary/by-pinyin, /glossary/by-english)', () => {
    const ids = data.terms.map((t) => t.id);
    expect(ids).not.toContain('by-pinyin');
    expect(ids).not.toContain('by-english');
  });

  it('lists the place name’s other spellings as aliases, so the filter and search find them', () => {
    const place = data.terms.find((t) => t.id === 'zhungeer-banner');
    expect(place?.en).toBe('Zhungeer Banner');
    expect(place?.aliases.en).toEqual(expect.arrayContaining(['Jungar Banner', 'Juungar Banner']));
  });
});
