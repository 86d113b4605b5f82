'use client';

import { useParams } from 'next/navigation';
import zhErrors from '@/content/messages/zh/errors.json';
import enErrors from '@/content/messages/en/errors.json';
import { defaultLocale, isLocale } from '@/lib/i18n/routing';
import { href } from '@/lib/routes';

/** Error boundary: a plain apology in the page's language and a way to retry or go home. */
export default function LocaleError({ reset }: { error: Error; reset: () => void }) {
  const params = useParams<{ locale?: string }>();
  const locale = isLocale(params?.locale) ? params.locale : defaultLocale;
  const t = locale === 'en' ? enErrors : zhErrors;
  return (
    <div className="mx-auto max-w-2xl px-4 py-24 sm:px-6" role="alert">
      <h1 className="font-serif text-4xl font-bold">{t.errorTitle}</h1>
      <p className="mt-4 text-lg text-muted">{t.errorBody}</p>
      <div className="mt-8 flex gap-4">
        <button type="button" onClick={reset} className="min-h-11 rounded bg-accent px-5 font-semibold text-accent-ink">
          {t.retry}
        </button>
        <a href={href.home(locale)} className="link inline-flex min-h-11 items-center">
          {t.home}
        </a>
      </div>
    </div>
  );
}
