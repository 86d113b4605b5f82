/**
 * A COinS span (ContextObject in Span, OpenURL 1.0 KEV, Dublin Core format) for reference managers.
 *
 * Why: Zotero's browser button and translation-server read Highwire `citation_*` tags with its Embedded
 * Metadata translator, which types a page with `citation_title` as a *journal article* and splits
 * `citation_author="Green Mines of Zhungeer"` at the last space into a person. No Highwire tag can say
 * "organisation". Its COinS translator runs first (priority 310 against 320) and maps, in
 * zotero/utilities openurl.js: `rft.type=webpage` → item type, `rft.aucorp` → one-field (institutional)
 * creator, `rft.source` → website title, `rft.title`, `rft.date`, `rft.identifier` (http URL) → URL,
 * `rft.language`, `rft.description` → abstract. Checked against a local zotero/translation-server (see
 * README “Citing and quoting”).
 */
import type { Locale } from '../i18n/routing';
export interface CoinsPage {
  /** The page's own title, without the site or section suffix of <title>. */
  title: string;
  /** The organisation that is author and website. */
  siteName: string;
  /** ISO date YYYY-MM-DD of the version shown. */
  date: string;
  /** Absolute URL of the page. */
  url: string;
  locale: Locale;
  description?: string;
}

export function coinsTitle(p: CoinsPage): string {
  const pairs: [string, string][] = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
    ['rft.type', 'webpage'],
    ['rft.title', p.title],
    ['rft.aucorp', p.siteName],
    ['rft.source', p.siteName],
    ['rft.date', p.date],
    ['rft.identifier', p.url],
    ['rft.language', p.locale],
    ...(p.description ? [['rft.description', p.description] as [string, string]] : []),
  ];
  // encodeURIComponent, not URLSearchParams: openurl.js splits on & and =, then reads both "+" and "%2B" as a
  // space before decodeURIComponent, so spaces travel as %20 (a literal plus would be lost; no title has one).
  return pairs.map(([k, v]) => `${k}=${encodeURIComponent(v.replace(/\s+/g, ' ').trim())}`).join('&');
}
