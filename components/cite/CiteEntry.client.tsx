'use client';

import { useEffect, useState } from 'react';
import { formats, type CiteFormat, type CiteSource } from '@/lib/cite';
import { announce, copyText, today } from './clipboard';

export interface CopyLabels {
  copy: string;
  copied: string;
  done: string;
  failed: string;
}

/**
 * One citation in the article's “Cite this article” box. The server renders it without an access date
 * (placeholder, see lib/cite), which is what a reader without JavaScript keeps; after hydration the reader's
 * own date is filled in and a copy button appears.
 */
export function CiteEntry({ id, source, labels }: { id: CiteFormat['id']; source: CiteSource; labels: CopyLabels }) {
  const [accessed, setAccessed] = useState<string>();
  const [copied, setCopied] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the date must differ from the prerendered HTML
  useEffect(() => setAccessed(today()), []);
  const format = formats.find((f) => f.id === id);
  if (!format) return null;
  const s = { ...source, accessed };
  const text = format.fn(s);
  async function onCopy() {
    const ok = await copyText(text);
    announce(ok ? labels.done : labels.failed);
    setCopied(ok);
    if (ok) window.setTimeout(() => setCopied(false), 2000);
  }
  return (
    <div className="flex items-start gap-3">
      {format.code ? (
        <pre className="min-w-0 flex-1 overflow-x-auto rounded bg-paper-2 px-3 py-2 text-sm leading-relaxed" data-cite={id}>
          {text}
        </pre>
      ) : (
        <p
          className="min-w-0 flex-1 leading-relaxed break-words select-all"
          data-cite={id}
          dangerouslySetInnerHTML={{ __html: format.html?.(s) ?? text }}
        />
      )}
      {accessed && (
        <button type="button" onClick={onCopy} className="cite-btn shrink-0" data-copy={id}>
          {copied ? labels.copied : labels.copy}
        </button>
      )}
    </div>
  );
}

/** Says which access date the citations carry: the blank without JavaScript, today's date with it. */
export function AccessedNote({ blank, todayText }: { blank: string; todayText: string }) {
  const [date, setDate] = useState<string>();
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the date must differ from the prerendered HTML
  useEffect(() => setDate(today()), []);
  return <>{date ? todayText.replace('{date}', date) : blank}</>;
}
