/**
 * The media types of the citation files (BibLaTeX `.bib`, RIS `.ris`), for the prerendered downloads
 * (lib/cite/download.ts) and the ones the cite tools make in the browser. A module of its own so client code
 * imports these two strings, not the citation writers.
 */
export const citeMediaType = { bib: 'application/x-bibtex', ris: 'application/x-research-info-systems' } as const;
type CiteFileKind = keyof typeof citeMediaType;

/** A citation file as a `data:` URL for a download link, UTF-8. */
export function citeDataUrl(kind: CiteFileKind, text: string): string {
  return `data:${citeMediaType[kind]};charset=utf-8,${encodeURIComponent(text)}`;
}
