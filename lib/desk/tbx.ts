/**
 * The glossary as TBX (ISO 30042:2019, TBX v3, TBX-Basic dialect, DCA style: the core structure with data
 * categories in `type` attributes). One concept entry per term: its category as the subject field; per language its
 * definition, a cross-reference to the term's page, the preferred term and any aliases as admitted terms. The
 * Pinyin of the Chinese term goes in a note (TBX-Basic has no transliteration category), and the source of the
 * English rendering in an `admin type="source"`.
 */
import { absoluteUrl, siteName } from '../config';
import type { TermEntry } from '../content/schema';
import { docLang } from '../i18n/format';
import { locales } from '../i18n/routing';
import { href } from '../routes';
import { escapeXml as x } from '../text/escape';

function termSec(term: string, status: 'preferredTerm-admn-sts' | 'admittedTerm-admn-sts', extra: string[] = []): string {
  return [
    '          <termSec>',
    `            <term>${x(term)}</term>`,
    `            <termNote type="administrativeStatus">${status}</termNote>`,
    ...extra.map((e) => `            ${e}`),
    '          </termSec>',
  ].join('\n');
}

export function glossaryTbx(terms: readonly TermEntry[]): string {
  const entries = terms.map((t) => {
    const langSecs = locales.map((l) => {
      const main = l === 'zh' ? t.zh : t.en;
      const extra =
        l === 'zh'
          ? [`<note>${x(`Pinyin: ${t.pinyin}`)}</note>`]
          : [
              ...(t.rendering.source ? [`<admin type="source">${x(t.rendering.source.en)}</admin>`] : []),
              `<note>${x(`Rendering: ${t.rendering.status === 'official' ? 'official' : "the site's own"}`)}</note>`,
            ];
      return [
        `        <langSec xml:lang="${docLang[l]}">`,
        `          <descrip type="definition">${x(t.definition[l])}</descrip>`,
        `          <xref type="externalCrossReference" target="${x(absoluteUrl(href.term(l, t.id)))}">${x(main)}</xref>`,
        termSec(main, 'preferredTerm-admn-sts', extra),
        ...t.aliases[l].map((a) => termSec(a, 'admittedTerm-admn-sts')),
        '        </langSec>',
      ].join('\n');
    });
    return [
      `      <conceptEntry id="${x(t.id)}">`,
      `        <descrip type="subjectField">${x(t.category)}</descrip>`,
      ...langSecs,
      '      </conceptEntry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
    '  <tbxHeader>',
    '    <fileDesc>',
    `      <titleStmt><title>${x(`${siteName.en} · ${siteName.zh}: glossary`)}</title></titleStmt>`,
    `      <sourceDesc><p>${x(`The glossary of ${absoluteUrl(href.glossary('en'))} (Chinese: ${absoluteUrl(href.glossary('zh'))}).`)}</p></sourceDesc>`,
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>',
    ...entries,
    '    </body>',
    '  </text>',
    '</tbx>',
    '',
  ].join('\n');
}
