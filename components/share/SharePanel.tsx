import { getTranslations } from 'next-intl/server';
import { Fragment } from 'react';
import { absoluteUrl } from '@/lib/config';
import { colon } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';
import { mailtoUrl, weiboShareUrl } from '@/lib/share';
import { CopyLink } from './CopyLink.client';
import { InWeChat } from './InWeChat.client';
import { QrCode } from './QrCode';
import { WebShare } from './WebShare.client';

/**
 * Share tools for one page: its absolute link as selectable text, copy and system-share buttons (client leaves,
 * absent without JavaScript), Weibo and e-mail links, and a WeChat QR code drawn on our own server, inside a
 * closed <details> so it costs nothing until opened. Inside WeChat's own browser a client leaf (InWeChat) replaces
 * the QR code with the ··· menu instruction.
 */
export async function SharePanel({
  locale,
  path,
  title,
  summary,
  className = '',
}: {
  locale: Locale;
  path: string;
  title: string;
  summary: string;
  className?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'share' });
  const url = absoluteUrl(path);
  const pill = 'border-rule hover:border-accent inline-flex min-h-11 items-center rounded-full border px-5 text-sm font-semibold';
  return (
    <section aria-labelledby="share-title" className={`border-t border-rule pt-6 ${className}`} data-print="hide" data-testid="share">
      <div>
        <h2 id="share-title" className="text-sm font-semibold tracking-widest text-ochre uppercase">
          {t('title')}
        </h2>
        <p className="mt-3 text-sm">
          <span className="text-muted">{colon(t('link'), locale)}</span>
          {/* Long addresses wrap only after a slash, never inside a word (a <wbr> adds no text to copy). */}
          <span className="font-mono break-words select-all" data-testid="share-url">
            {url.split('/').map((part, i) => (
              <Fragment key={i}>
                {i > 0 && '/'}
                {i > 0 && part && <wbr />}
                {part}
              </Fragment>
            ))}
          </span>
        </p>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <CopyLink url={url} label={t('copy')} copied={t('copied')} failed={t('copyFailed')} />
        <WebShare url={url} title={title} text={summary} label={t('native')} />
        <a href={weiboShareUrl(url, title)} className={pill} aria-label={t('weiboLabel')} rel="noopener noreferrer" target="_blank">
          {t('weibo')}
        </a>
        <a href={mailtoUrl(title, t('emailBody', { title, summary, url }))} className={pill} aria-label={t('emailLabel')}>
          {t('email')}
        </a>
      </div>
      <InWeChat text={t('wechatInApp')} />
      <details className="share-wechat group mt-4" data-testid="wechat">
        <summary className="inline-flex min-h-11 cursor-pointer items-center gap-2 text-sm font-semibold hover:text-accent">
          <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
            ▸
          </span>
          {t('wechat')}
        </summary>
        <div className="mt-3 flex flex-wrap items-start gap-5">
          <QrCode url={url} label={t('qrLabel', { url })} size={176} className="rounded-md bg-white p-2 shadow-sm ring-1 ring-black/10" />
          <p className="max-w-xs text-sm leading-relaxed text-muted">{t('wechatNote')}</p>
        </div>
      </details>
    </section>
  );
}
