'use client';

import { useEffect, useRef, useState } from 'react';
import type { CiteFormat, CiteSource } from '@/lib/cite';
import { citeDataUrl } from '@/lib/cite/file-types';
import { onThisOrigin } from '@/lib/share';
import type { Locale } from '@/lib/i18n/routing';
import { fill, type ClientMessage } from '@/lib/i18n/template';
import { useBrowserSupports } from '@/lib/dom/supports';
import { announce, copyText, loadCite, today, type CiteModule } from '@/lib/dom/clipboard';

export interface CopyLabels {
  copy: string;
  copied: string;
  done: string;
  failed: string;
}

/**
 * One citation in the article's “Cite this article” box. The server renders it without an access date
 * (`html`, with the placeholder, see lib/cite), which is what a reader without JavaScript keeps. When the
 * box is opened, the formatters load, the reader's own date is filled in and a copy button appears.
 */
export function CiteEntry({
  id,
  code,
  html,
  source,
  labels,
}: {
  id: CiteFormat['id'];
  code: boolean;
  html: string;
  source: CiteSource;
  labels: CopyLabels;
}) {
  const [loaded, setLoaded] = useState<{ cite: CiteModule; accessed: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const details = ref.current?.closest('details');
    const load = () => {
      if (details && !details.open) return;
      void loadCite().then((cite) => setLoaded({ cite, accessed: today() }));
    };
    load();
    details?.addEventListener('toggle', load);
    return () => details?.removeEventListener('toggle', load);
  }, []);
  const format = loaded?.cite.formats.find((f) => f.id === id);
  const s = { ...source, url: onThisOrigin(source.url), accessed: loaded?.accessed };
  const text = format?.fn(s) ?? '';
  const shown = format ? (code ? text : (format.html?.(s) ?? text)) : html;
  async function onCopy() {
    const ok = await copyText({ text, html: code ? undefined : format?.html?.(s) });
    announce(ok ? labels.done : labels.failed);
    setCopied(ok);
    if (ok) window.setTimeout(() => setCopied(false), 2000);
  }
  return (
    <div ref={ref} className="flex items-start gap-3">
      {code ? (
        <pre className="min-w-0 flex-1 overflow-x-auto rounded bg-paper-2 px-3 py-2 text-sm leading-relaxed" data-cite={id}>
          {shown}
        </pre>
      ) : (
        <p className="min-w-0 flex-1 leading-relaxed break-words select-all" data-cite={id} dangerouslySetInnerHTML={{ __html: shown }} />
      )}
      {format && (
        <button type="button" onClick={onCopy} className="cite-btn shrink-0" data-copy={id}>
          {copied ? labels.copied : labels.copy}
        </button>
      )}
    </div>
  );
}

/**
 * Says which access date the citations carry: the blank without JavaScript, today's date with it (`todayText` is
 * the message made ready on the server, lib/i18n/message.ts, and filled in here with the reader's date).
 */
export function AccessedNote({ locale, blank, todayText }: { locale: Locale; blank: string; todayText: ClientMessage }) {
  // The blank while hydrating (it is what the server drew), then the reader's date.
  const inBrowser = useBrowserSupports(() => true);
  return <>{inBrowser ? fill(locale, todayText, { date: today() }) : blank}</>;
}

/**
 * A .bib or .ris download. Without JavaScript it is the static file (no access date: it was made at build time).
 * Once the cite box is opened and the formatters are loaded, the link becomes the same entry made here, with
 * today's date as the access date (biblatex `urldate`, RIS `Y2`) and this page's own origin.
 */
export function CiteDownload({
  kind,
  href,
  source,
  children,
}: {
  kind: 'bib' | 'ris';
  href: string;
  source: CiteSource;
  children: string;
}) {
  const [made, setMade] = useState<string>();
  const ref = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    const details = ref.current?.closest('details');
    const load = () => {
      if (details && !details.open) return;
      void loadCite().then((cite) => {
        const s = { ...source, url: onThisOrigin(source.url), accessed: today() };
        const text = (kind === 'bib' ? cite.bibtex(s) : cite.ris(s)) + '\n';
        setMade(citeDataUrl(kind, text));
      });
    };
    load();
    details?.addEventListener('toggle', load);
    return () => details?.removeEventListener('toggle', load);
  }, [kind, source]);
  const [, locale, section] = href.split('/');
  return (
    <a
      ref={ref}
      href={made ?? href}
      download={made ? `zhungeer-${section}-${locale}.${kind}` : true}
      className="cite-btn"
      data-download={kind}
    >
      {children}
    </a>
  );
}
