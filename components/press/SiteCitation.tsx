import { getTranslations } from 'next-intl/server';
import { apaHtml, chicagoHtml, gbt7714Html, mlaHtml, formats, type CiteSource } from '@/lib/cite';
import type { Locale } from '@/lib/i18n/routing';

/**
 * "How to cite the site": GB/T 7714 for Chinese readers, APA, Chicago and MLA for English ones (lib/cite). The blank
 * the note explains is in the styles that take an access date (GB/T 7714, MLA).
 */
export async function SiteCitation({ source, locale }: { source: CiteSource; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'press' });
  const styles =
    locale === 'zh'
      ? [{ id: 'gbt7714', html: gbt7714Html }]
      : [
          { id: 'apa', html: apaHtml },
          { id: 'chicago', html: chicagoHtml },
          { id: 'mla', html: mlaHtml },
        ];
  return (
    <>
      <p className="mt-3 max-w-3xl leading-relaxed text-muted">{t('cite.note')}</p>
      <dl className="mt-6 space-y-5" data-testid="site-citation">
        {styles.map((s) => (
          <div key={s.id} className="border-l-4 border-accent pl-5">
            <dt className="text-sm font-semibold text-ochre">{formats.find((f) => f.id === s.id)?.label[locale]}</dt>
            {/* The *Html formatters escape every text run; only their own <i> tags are markup. */}
            <dd className="mt-1 leading-relaxed break-words select-all" dangerouslySetInnerHTML={{ __html: s.html(source) }} />
          </div>
        ))}
      </dl>
      <p className="mt-4 text-sm text-muted">{t('cite.accessedNote')}</p>
    </>
  );
}
