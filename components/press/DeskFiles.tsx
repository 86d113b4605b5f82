import { getTranslations } from 'next-intl/server';
import { sectionIds } from '@/lib/content/sections';
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
  const file = (href: string, text: string, hint: string, lang?: string) => (
    <li key={href}>
      <a href={href} download className={link} hrefLang={lang} data-desk-file={href}>
        {text}
      </a>
      <span className={detail}>{hint}</span>
    </li>
  );
  return (
    <>
      <p className="mt-2 max-w-3xl text-muted">{t('desk.note')}</p>
      <ul className="mt-6 grid gap-5 sm:grid-cols-2" data-testid="desk-files">
        {file(`/${locale}/figures.csv`, t('desk.figuresCsv'), t('desk.figuresDetail'))}
        {file(`/${locale}/figures.json`, t('desk.figuresJson'), t('desk.figuresDetail'))}
        {sectionIds.map((s) => file(`/${s}.tmx`, t('desk.tmx', { section: tc(`sections.${s}`) }), t('desk.tmxDetail')))}
        {file('/glossary.tbx', t('desk.tbx'), t('desk.tbxDetail'))}
      </ul>
      <p className="mt-4 text-sm text-muted">
        <span>{t('desk.otherLanguage')}</span>{' '}
        <a href={`/${other}/figures.csv`} download className="link" hrefLang={other} data-desk-file={`/${other}/figures.csv`}>
          CSV
        </a>
        {' · '}
        <a href={`/${other}/figures.json`} download className="link" hrefLang={other} data-desk-file={`/${other}/figures.json`}>
          JSON
        </a>
      </p>
    </>
  );
}
