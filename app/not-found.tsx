import zhErrors from '@/content/messages/zh/errors.json';
import enErrors from '@/content/messages/en/errors.json';
import zhCommon from '@/content/messages/zh/common.json';
import enCommon from '@/content/messages/en/common.json';
import './globals.css';

/**
 * 404 for paths outside /zh and /en (an unknown locale): the language is unknown, so it speaks both. Paths under
 * /zh or /en get the 404 page of that locale instead (the proxy sends app/[locale]/page-not-found with status 404).
 */
export default function GlobalNotFound() {
  return (
    <html lang="zh-Hans">
      <head>
        <title>404 · 找不到页面 · Page not found</title>
        <meta name="robots" content="noindex" />
      </head>
      <body className="bg-paper text-ink">
        <header className="border-b border-rule">
          <p className="mx-auto flex min-h-14 max-w-7xl flex-wrap items-center gap-x-4 px-4 font-serif font-bold sm:px-6">
            <a href="/zh" hrefLang="zh-Hans">
              <span className="text-accent" aria-hidden="true">
                ◆{' '}
              </span>
              {zhCommon.siteName}
            </a>
            <a href="/en" hrefLang="en" lang="en" className="text-muted">
              {enCommon.siteName}
            </a>
          </p>
        </header>
        <main className="mx-auto max-w-2xl px-4 py-24 sm:px-6">
          <p className="font-semibold text-ochre">404</p>
          <h1 className="mt-2 font-serif text-4xl font-bold">
            {zhErrors.notFoundTitle}
            <span lang="en" className="mt-2 block text-2xl text-muted">
              {enErrors.notFoundTitle}
            </span>
          </h1>
          <p className="mt-6 text-lg">{zhErrors.notFoundBody}</p>
          <p lang="en" className="mt-2 text-lg text-muted">
            {enErrors.notFoundBody}
          </p>
          <ul className="mt-8 flex gap-6">
            <li>
              <a href="/zh" className="link" hrefLang="zh-Hans">
                中文首页
              </a>
            </li>
            <li>
              <a href="/en" className="link" hrefLang="en" lang="en">
                English home page
              </a>
            </li>
          </ul>
        </main>
      </body>
    </html>
  );
}
