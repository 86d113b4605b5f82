import { listTerms } from '@/lib/content';
import { absoluteUrl, siteName } from '@/lib/config';
import { locales } from '@/lib/i18n/routing';
import { href } from '@/lib/routes';

/** `/glossary.json`: the glossary as data, with each term's page in both languages (see ../glossary.csv). */
export const dynamic = 'force-static';

export async function GET() {
  // `uses` and `diagrams` are left out: passages and pictures are properties of the site's articles, not of the term.
  const terms = (await listTerms()).map((full) => {
    const { uses, diagrams, ...term } = full;
    void uses;
    void diagrams;
    return {
      ...term,
      url: Object.fromEntries(locales.map((l) => [l, absoluteUrl(href.term(l, term.id))])),
    };
  });
  const body = { name: siteName, url: Object.fromEntries(locales.map((l) => [l, absoluteUrl(href.glossary(l))])), terms };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="zhungeer-glossary.json"',
    },
  });
}
