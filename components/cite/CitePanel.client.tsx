'use client';

import type { CiteSource } from '@/lib/cite';
import { citeDataUrl } from '@/lib/cite/file-types';
import { readingText } from '@/lib/cite/reading';
import type { CiteModule, useCopy } from '@/lib/dom/clipboard';
import type { ToolStrings } from './tool-strings';

/**
 * One passage's “Cite” panel: every format for the passage, each with a copy button (and a .bib/.ris download for
 * the code formats), plus “copy passage as a quote”. Rendered by ArticleTools right after the passage's tools.
 */
export function CitePanel({
  id,
  passage,
  source,
  cite,
  strings,
  copier: { flash, copy },
  onClose,
}: {
  id: string;
  passage: HTMLElement;
  source: CiteSource;
  cite: CiteModule;
  strings: ToolStrings;
  copier: ReturnType<typeof useCopy>;
  onClose: () => void;
}) {
  return (
    <section id={id} aria-label={strings.citePassage} className="cite-panel" data-cite-panel>
      <ul>
        {cite.formatsFor(source.locale).map((f) => {
          const text = f.fn(source);
          return (
            <li key={f.id}>
              <span className="cite-label">{f.label[source.locale]}</span>
              {f.code ? <pre>{text}</pre> : <p dangerouslySetInnerHTML={{ __html: f.html?.(source) ?? text }} />}
              <span className="cite-actions">
                <button
                  type="button"
                  className="cite-btn"
                  onClick={() => copy(() => ({ text, html: f.html?.(source) }), strings.citationCopied, f.id)}
                  data-copy={f.id}
                >
                  {flash === f.id ? strings.copied : strings.copy}
                </button>
                {f.code && (
                  <a
                    className="cite-btn"
                    download={`${fileStem(source.url, passage.id)}.${f.id === 'bibtex' ? 'bib' : 'ris'}`}
                    href={citeDataUrl(f.id === 'bibtex' ? 'bib' : 'ris', text)}
                  >
                    {strings.download}
                  </a>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="cite-actions">
        <button
          type="button"
          className="cite-btn"
          onClick={() => copy((c) => c.quoteWithCitation(readingText(passage), source), strings.quoteCopied, 'passage-quote')}
          data-copy-passage-quote
        >
          {flash === 'passage-quote' ? strings.copied : strings.copyPassageQuote}
        </button>
        <button type="button" className="cite-btn" onClick={onClose}>
          {strings.close}
        </button>
      </p>
    </section>
  );
}

/**
 * A passage file's name, like the article's own (`zhungeer-restoration-en.bib`) with the passage id after it, so the
 * same passage saved from both languages gives two files.
 */
function fileStem(url: string, passageId: string): string {
  const [locale, section] = new URL(url).pathname.split('/').filter(Boolean);
  return `zhungeer-${section}-${locale}-${passageId}`;
}
