import { afterAll, describe, expect, it } from 'vitest';
import { cleanFixtures, expectContentError, fixtureSite } from '../testing/fixtures/content/site-fixture';
import { byNature, correctionsFor, markedPassages, natureIn } from './corrections';

afterAll(cleanFixtures);
const corrections = 'content/corrections.json';

describe('corrections.json', () => {
  it('loads, newest first', async () => {
    const site = await fixtureSite();
    site.json<{ corrections: Record<string, unknown>[] }>(corrections, (d) => {
      d.corrections.push({ ...d.corrections[0], id: 'older', date: '2026-11-01' });
      d.corrections.unshift({ ...d.corrections[0], id: 'oldest', date: '2026-10-01' });
    });
    const loaded = await site.load();
    expect(loaded.corrections.map((c) => c.id)).toEqual(['plan-wording', 'older', 'oldest']);
  });

  it('refuses an entry whose passage id does not exist, naming file, line and field', async () => {
    const site = await fixtureSite();
    site.replace(corrections, '"passage": "plan"', '"passage": "no-such-passage"');
    await expectContentError(site.load(), {
      file: corrections,
      line: 7,
      field: 'corrections[0] "plan-wording" › passage',
      says: ['restoration#no-such-passage is not a passage'],
    });
  });

  it('refuses a passage id that exists only in another section', async () => {
    const site = await fixtureSite();
    site.replace(corrections, '"section": "restoration"', '"section": "targets"');
    await expectContentError(site.load(), { file: corrections, line: 7, field: 'corrections[0] "plan-wording" › passage' });
  });

  it('refuses an entry without its English reason, or with a date not written YYYY-MM-DD', async () => {
    const site = await fixtureSite();
    site.replace(corrections, ', "en": "It did not match the feature."', '');
    await expectContentError(site.load(), {
      file: corrections,
      line: 11,
      field: 'corrections[0] "plan-wording" › why › en',
      says: ['is missing'],
    });
    const other = await fixtureSite();
    other.replace(corrections, '"date": "2026-11-29"', '"date": "29 Nov 2026"');
    await expectContentError(other.load(), { file: corrections, line: 5, field: 'corrections[0] "plan-wording" › date' });
  });

  it('refuses an entry that does not say whether it changed a fact, or says so in an unknown word', async () => {
    const site = await fixtureSite();
    site.replace(corrections, ',\n      "nature": "fact"', '');
    await expectContentError(site.load(), {
      file: corrections,
      line: 4,
      field: 'corrections[0] "plan-wording" › nature',
      says: ['"fact"', '"attribution"', '"wording"'],
    });
    const other = await fixtureSite();
    other.replace(corrections, '"nature": "fact"', '"nature": "style"');
    await expectContentError(other.load(), { file: corrections, line: 12, field: 'corrections[0] "plan-wording" › nature' });
  });

  it('refuses a place of change other than the passage, a glossary entry or the home page', async () => {
    const site = await fixtureSite();
    site.replace(corrections, '"nature": "fact"', '"where": "footer",\n      "nature": "fact"');
    await expectContentError(site.load(), {
      file: corrections,
      line: 12,
      field: 'corrections[0] "plan-wording" › where',
      says: ['"glossary"', '"home"'],
    });
  });

  it('takes one nature per language, but only for exactly the languages the entry changed', async () => {
    const site = await fixtureSite();
    site.replace(corrections, '"nature": "fact"', '"nature": { "zh": "attribution", "en": "fact" }');
    const [entry] = (await site.load()).corrections;
    expect([natureIn(entry!, 'zh'), natureIn(entry!, 'en')]).toEqual(['attribution', 'fact']);
    // Control: a language the entry did not change, or a missing one, is refused at the same field.
    const extra = await fixtureSite();
    extra.replace(corrections, '"languages": ["zh", "en"]', '"languages": ["zh"]');
    extra.replace(corrections, '"nature": "fact"', '"nature": { "zh": "fact", "en": "wording" }');
    await expectContentError(extra.load(), {
      file: corrections,
      line: 12,
      field: 'corrections[0] "plan-wording" › nature',
      says: ['en, zh', 'changed zh'],
    });
    const missing = await fixtureSite();
    missing.replace(corrections, '"nature": "fact"', '"nature": { "zh": "fact" }');
    await expectContentError(missing.load(), {
      file: corrections,
      line: 12,
      field: 'corrections[0] "plan-wording" › nature',
      says: ['changed en, zh'],
    });
    const unknown = await fixtureSite();
    unknown.replace(corrections, '"nature": "fact"', '"nature": { "zh": "fact", "en": "style" }');
    await expectContentError(unknown.load(), { file: corrections, line: 12, field: 'corrections[0] "plan-wording" › nature' });
  });

  // The † marks only errors of fact: a passage whose only entry credited the feature, or changed the wording, has
  // none; what an entry was is read per language.
  it('marks a passage only for a correction of fact in the page’s language, linking to the newest one', async () => {
    const site = await fixtureSite();
    site.json<{ corrections: Record<string, unknown>[] }>(corrections, (d) => {
      const base = d.corrections[0]!; // restoration#plan, fact, 2026-11-29
      d.corrections.push(
        { ...base, id: 'plan-older-fact', date: '2026-11-20' },
        { ...base, id: 'land-credit', passage: 'land', nature: 'attribution' },
        { ...base, id: 'land-rendering', passage: 'land', nature: 'wording', languages: ['en'] },
        { ...base, id: 'terraces-split', passage: 'terraces', nature: { zh: 'attribution', en: 'fact' } },
        { ...base, id: 'reclaim-zh-fact', passage: 'reclaim', languages: ['zh'] },
        // A correction of fact made in a glossary entry that restated the passage: the passage keeps no mark.
        { ...base, id: 'ahead-glossary-fact', passage: 'ahead', where: 'glossary' },
      );
      // A newer clarification on the fact passage does not take the mark's link.
      d.corrections.unshift({ ...base, id: 'plan-newer-credit', nature: 'attribution' });
    });
    const loaded = (await site.load()).corrections;
    const marks = (locale: 'zh' | 'en') =>
      Object.fromEntries(
        [...markedPassages(correctionsFor(loaded, { section: 'restoration', locale }), locale)].map(([p, c]) => [p, c.id]),
      );
    expect(marks('zh')).toEqual({ plan: 'plan-wording', reclaim: 'reclaim-zh-fact' });
    expect(marks('en')).toEqual({ plan: 'plan-wording', terraces: 'terraces-split' });
    // Control: the same entries with every nature read as fact, and every change in the passage itself, mark every
    // passage they name.
    const allFacts = loaded.map((c) => ({ ...c, nature: 'fact' as const, where: undefined }));
    expect([...markedPassages(correctionsFor(allFacts, { section: 'restoration', locale: 'zh' }), 'zh').keys()].sort()).toEqual([
      'ahead',
      'land',
      'plan',
      'reclaim',
      'terraces',
    ]);
    const counts = (locale: 'zh' | 'en') =>
      Object.values(byNature(correctionsFor(loaded, { section: 'restoration', locale }), locale)).map((l) => l.length);
    expect(counts('zh')).toEqual([4, 3, 0]);
    expect(counts('en')).toEqual([4, 2, 1]);
  });

  // dateModified, article:modified_time, the feeds and the dateline all read `updated`: it must move with the log.
  it('refuses an article whose updated date is older than its newest correction', async () => {
    const site = await fixtureSite();
    site.replace(corrections, '"date": "2026-11-29"', '"date": "2026-11-30"');
    await expectContentError(site.load(), {
      file: 'content/articles/restoration/zh.mdx',
      line: 6,
      field: 'updated',
      says: ['2026-11-30', 'plan-wording'],
    });
  });

  // An article page shows only the entries that changed its own language's text, so the field cannot be optional.
  it('refuses an entry that does not say which language’s text it changed, naming file, line and field', async () => {
    const site = await fixtureSite();
    site.replace(corrections, '      "languages": ["zh", "en"],\n', '');
    await expectContentError(site.load(), {
      file: corrections,
      line: 'any',
      field: 'corrections[0] "plan-wording" › languages',
      says: ['is missing'],
    });
    const empty = await fixtureSite();
    empty.replace(corrections, '"languages": ["zh", "en"]', '"languages": []');
    await expectContentError(empty.load(), {
      file: corrections,
      line: 9,
      field: 'corrections[0] "plan-wording" › languages',
      says: ['names no language'],
    });
    const unknown = await fixtureSite();
    unknown.replace(corrections, '"languages": ["zh", "en"]', '"languages": ["fr"]');
    await expectContentError(unknown.load(), { file: corrections, line: 'any', field: 'corrections[0] "plan-wording" › languages[0]' });
  });

  it('a page gets only the entries for its own language; an entry for the other language is left out', async () => {
    const site = await fixtureSite();
    site.json<{ corrections: Record<string, unknown>[] }>(corrections, (d) => {
      const base = d.corrections[0]!;
      d.corrections.push({ ...base, id: 'english-only', languages: ['en'] }, { ...base, id: 'chinese-only', languages: ['zh'] });
    });
    const loaded = (await site.load()).corrections;
    const ids = (locale: 'zh' | 'en') => correctionsFor(loaded, { section: 'restoration', locale }).map((c) => c.id);
    expect(ids('zh')).toEqual(['plan-wording', 'chinese-only']);
    expect(ids('en')).toEqual(['plan-wording', 'english-only']);
    // Control: without a locale (the log page) every entry is listed, so the filter above is what removed them.
    expect(correctionsFor(loaded, { section: 'restoration' }).map((c) => c.id)).toEqual(['plan-wording', 'english-only', 'chinese-only']);
    expect(correctionsFor(loaded, { section: 'targets', locale: 'en' })).toEqual([]);
  });
});
