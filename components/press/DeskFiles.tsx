import { getTranslations } from 'next-intl/server';
import { sectionIds, href } from '@/lib/routes';
import { otherLocale, type Locale } from '@/lib/i18n/routing';

/**
 * The press kit's data files (lib/desk): the key figures as CSV and JSON in this language (the other language's
 * linked below them), each article's aligned passages as TMX and the glossary as TBX. Plain download links.
 */
export async function DeskFiles({ locale }: { locale: Locale }) {
  const [t, tc] = await Promise.all([getTranslations({ locale, namespace: 'press' }), getTranslations({ locale, namespace: 'common' })]);
  const other = otherLocale(locale);
  const link = 'link font-semibold';
  const detail = 'block text-sm text-muted';
  const file = (to: string, text: string, hint: string) => (
    <li key={to}>
      <a href={to} download className={link} data-desk-file={to}>
        {text}
      </a>
      <span className={detail}>{hint}</span>
    </li>
  );
  return (
    <>
      <p className="mt-2 max-w-3xl text-muted">{t('desk.note')}</p>
      <ul className="mt-6 grid gap-5 sm:grid-cols-2" data-testid="desk-files">
        {file(href.figures(locale, 'csv'), t('desk.figuresCsv'), t('desk.figuresDetail'))}
        {file(href.figures(locale, 'json'), t('desk.figuresJson'), t('desk.figuresDetail'))}
        {sectionIds.map((s) => file(href.tmx(s), t('desk.tmx', { section: tc(`sections.${s}`) }), t('desk.tmxDetail')))}
        {file(href.glossaryFile('tbx'), t('desk.tbx'), t('desk.tbxDetail'))}
      </ul>
      <p className="mt-4 text-sm text-muted">
        <span>{t('desk.otherLanguage')}</span>{' '}
        <a href={href.figures(other, 'csv')} download className="link" hrefLang={other} data-desk-file={href.figures(other, 'csv')}>
          CSV
        </a>
        {' · '}
        <a href={href.figures(other, 'json')} download className="link" hrefLang={other} data-desk-file={href.figures(other, 'json')}>
          JSON
        </a>
      </p>
    </>
  );
}
