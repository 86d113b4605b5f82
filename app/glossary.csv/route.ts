import { listTerms } from '@/lib/content';
import { glossaryCsv } from '@/lib/glossary/csv';

/**
 * `/glossary.csv`: the whole glossary for translators, built once at build time. A static folder at the app
 * root wins over the `[locale]` segment, so this never collides with the locale pages.
 */
export const dynamic = 'force-static';

export async function GET() {
  return new Response(glossaryCsv(await listTerms()), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': 'attachment; filename="zhungeer-glossary.csv"',
    },
  });
}
