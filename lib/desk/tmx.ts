/**
 * An article's aligned passages as TMX 1.4b (LISA OSCAR, https://www.gala-global.org/tmx-14b): one translation unit
 * per passage id (headings and paragraphs, in article order), Chinese (zh-CN, the original) as the source language
 * and English beside it, each variant with its passage's URL as a property. The segment is the passage's text as a
 * reader sees it (no term cards), the same text the site's quote tools copy.
 */
import { absoluteUrl } from '../config';
import { href, type SectionId } from '../routes';
import type { Locale } from '../i18n/routing';
import { docLang } from '../i18n/format';
import { pairUpdated } from '../content/updated';
import { escapeXml as xmlEscape } from '../text/escape';

type ArticleLike = { updated: string; passages: { id: string; text: string }[] };

/** TMX dates are YYYYMMDDThhmmssZ. */
const tmxDate = (iso: string) => `${iso.replace(/-/g, '')}T000000Z`;

export function articleTmx(section: SectionId, articles: Record<Locale, ArticleLike>): string {
  const zh = articles.zh;
  const en = articles.en;
  const byId = new Map(en.passages.map((p) => [p.id, p]));
  const units = zh.passages.map((p) => {
    const other = byId.get(p.id);
    if (!other) throw new Error(`content/articles/${section}/en.mdx: passage "${p.id}" is missing (it is in zh.mdx)`);
    const tuv = (locale: Locale, text: string) =>
      `      <tuv xml:lang="${docLang[locale]}">\n` +
      `        <prop type="x-url">${xmlEscape(absoluteUrl(href.passage(locale, section, p.id)))}</prop>\n` +
      `        <seg>${xmlEscape(text)}</seg>\n` +
      `      </tuv>`;
    return `    <tu tuid="${xmlEscape(p.id)}">\n${tuv('zh', p.text)}\n${tuv('en', other.text)}\n    </tu>`;
  });
  const changed = pairUpdated(articles);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="Green Mines of Zhungeer" creationtoolversion="1" segtype="paragraph" o-tmf="mdx" adminlang="en" srclang="${docLang.zh}" datatype="plaintext" creationdate="${tmxDate(changed)}">`,
    `    <note>${xmlEscape(`Aligned passages of ${absoluteUrl(href.article('zh', section))} and ${absoluteUrl(href.article('en', section))}, one unit per passage id.`)}</note>`,
    '  </header>',
    '  <body>',
    ...units,
    '  </body>',
    '</tmx>',
    '',
  ].join('\n');
}
