/**
 * HTML as the gates read it, through a real parser (cheerio: parse5), so markup the gates do not expect is parsed
 * the way a browser parses it instead of being skipped by a pattern.
 */
import * as cheerio from 'cheerio';

export type Doc = cheerio.CheerioAPI;

export function parse(html: string): Doc {
  return cheerio.load(html);
}

/** Every element id on a page (fragment targets). */
export function elementIds($: Doc): Set<string> {
  return new Set(
    $('[id]')
      .map((_, el) => $(el).attr('id') ?? '')
      .get(),
  );
}

/** The content of <meta property|name="key" content="…">, as a link-preview crawler reads it. */
export function meta($: Doc, key: string): string | undefined {
  const el = $('meta')
    .filter((_, m) => ($(m).attr('property') ?? $(m).attr('name')) === key)
    .first();
  return el.length ? (el.attr('content') ?? '') : undefined;
}

/** Meta tags whose content is a URL (not og:image:width or og:image:alt). */
const urlMeta = /^(og:(image|image:url|image:secure_url|url)|twitter:image)$/;

/** Every URL a page references: href, src, poster, action, each srcset candidate and URL-bearing meta tags. */
export function urlsOf($: Doc): string[] {
  const out: string[] = [];
  $('[href],[src],[poster],[action],[srcset],[imagesrcset],meta[content]').each((_, el) => {
    const $el = $(el);
    for (const a of ['href', 'src', 'poster', 'action']) {
      const v = $el.attr(a);
      if (v) out.push(v);
    }
    for (const a of ['srcset', 'imagesrcset']) {
      const v = $el.attr(a);
      if (v) for (const part of v.split(/,\s+/)) out.push(part.trim().split(/\s+/)[0]!);
    }
    if (el.tagName === 'meta' && urlMeta.test($el.attr('property') ?? $el.attr('name') ?? '')) {
      const v = $el.attr('content');
      if (v) out.push(v);
    }
  });
  return out;
}

/** The JSON-LD blocks of a page; a block that is not valid JSON is returned as an Error. */
export function jsonLdBlocks($: Doc): (Record<string, unknown> | Error)[] {
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((el) => {
      const text = $(el).text();
      try {
        return JSON.parse(text) as Record<string, unknown>;
      } catch (e) {
        return new Error(`JSON-LD is not valid JSON (${(e as Error).message}): ${text.slice(0, 80)}`);
      }
    });
}

/** An XML document (the sitemap), through the same parser in XML mode: tag names keep their case and prefix. */
export function parseXml(xml: string): Doc {
  return cheerio.load(xml, { xml: true });
}
