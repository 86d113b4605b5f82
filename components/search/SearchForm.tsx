import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { href } from '@/lib/routes';

/**
 * A search box that needs no JavaScript: a GET form to the locale's search page. The header's compact box and the
 * 404 page's full-width one with a button share it; the search page itself has its own (it shows the results).
 */
export async function SearchForm({
  locale,
  id,
  className,
  inputClassName,
  placeholder,
  button,
}: {
  locale: Locale;
  /** The input's id (one per page). */
  id: string;
  className?: string;
  inputClassName: string;
  placeholder: 'label' | 'submit';
  /** Classes of a submit button; without it, Enter submits. */
  button?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'search' });
  return (
    <form role="search" action={href.search(locale)} method="get" aria-label={t('headerLabel')} className={className}>
      <label htmlFor={id} className="sr-only">
        {t('label')}
      </label>
      <input id={id} name="q" type="search" placeholder={t(placeholder)} enterKeyHint="search" className={inputClassName} />
      {button && (
        <button type="submit" className={button}>
          {t('submit')}
        </button>
      )}
    </form>
  );
}
