/**
 * What a reader sees of a passage, as text: the one source of every copy the journalist tools make (the passage
 * quote, the quote of a selection, text-fragment links). A passage's DOM also holds things that are not its text:
 * the glossary term cards (hanzi, pinyin, gloss and definition, `hidden` until opened, and still there when open),
 * the ¶/# self-link and the "corrected" marker (their marks are CSS content, their names aria-labels), and the
 * passage tools the script moves in beside it. None of them is quoted, open or closed.
 *
 * Plain DOM, no React: client leaves import it, and so do the browser tests through the page. The attributes come
 * from the components' keys modules (plain constants), which own the markup they name.
 */
import { LINK } from '@/components/cite/passage-keys';
import { TERM } from '@/components/glossary/term-keys';

/** Elements whose text is not the passage's. */
export const NOT_READING = [
  TERM.card,
  '[hidden]',
  '[aria-hidden="true"]',
  '.sr-only',
  'script',
  'style',
  'template',
  '.passage-tools-host',
  '.quote-host',
  LINK,
  '.correction-mark',
].join(',');

/** Runs of white space become one space, ends trimmed: a quote is one line. */
export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of a node (or of a cloned range) without the parts listed in NOT_READING. */
function textOf(root: Node): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType === 1 && (node as Element).matches(NOT_READING)) return;
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root);
  return out;
}

/** A passage's reading text. */
export function readingText(passage: Element): string {
  return collapse(textOf(passage));
}

/**
 * The reading text of a selection, kept inside the passage it starts in: a drag that runs on into an open term
 * card, the passage tools or the next passage quotes only what it covered of that passage's own text.
 */
export function selectionReadingText(range: Range, passage: Element, trim = true): string {
  const r = range.cloneRange();
  if (!passage.contains(r.endContainer)) r.setEnd(passage, passage.childNodes.length);
  const end = r.endContainer.nodeType === 1 ? (r.endContainer as Element) : r.endContainer.parentElement;
  const card = end?.closest(NOT_READING);
  if (card && passage.contains(card)) r.setEndBefore(card);
  const text = textOf(r.cloneContents());
  return trim ? collapse(text) : text.replace(/\s+/g, ' ');
}

/**
 * The reading text of the passage before and after a selection (a text fragment's prefix comes from the first; both
 * tell whether the selection starts or ends inside a word). White space is collapsed but kept at the selection's
 * side.
 */
export function readingTextAround(passage: Element, range: Range): { lead: string; trail: string } {
  const before = document.createRange();
  before.setStart(passage, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const after = document.createRange();
  if (passage.contains(range.endContainer)) after.setStart(range.endContainer, range.endOffset);
  else after.setStart(passage, passage.childNodes.length);
  after.setEnd(passage, passage.childNodes.length);
  const squeeze = (t: string) => t.replace(/\s+/g, ' ');
  return { lead: squeeze(textOf(before.cloneContents())).trimStart(), trail: squeeze(textOf(after.cloneContents())).trimEnd() };
}

/**
 * The text a browser's find (and a text fragment's matcher) sees on the page before a passage: rendered text only
 * (not display:none, not the cards), plus the content of closed <details>, which Chromium searches and opens. Blocks
 * end in "\n", so a fragment's prefix can be taken from the last block alone (a prefix cannot span two blocks).
 */
export function documentTextBefore(passage: Element): string {
  const blockOf = new Map<Element, Element>();
  const block = (el: Element): Element => {
    const known = blockOf.get(el);
    if (known) return known;
    const display = getComputedStyle(el).display;
    const found = !display.startsWith('inline') || !el.parentElement ? el : block(el.parentElement);
    blockOf.set(el, found);
    return found;
  };
  const searchable = (el: Element) =>
    !el.closest(NOT_READING) &&
    (el.checkVisibility({ visibilityProperty: true }) || (!!el.closest('details:not([open])') && !el.closest('summary')));
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let out = '';
  let last: Element | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (passage.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING || passage.contains(node)) break;
    const parent = node.parentElement;
    if (!parent || !node.nodeValue?.trim() || !searchable(parent)) continue;
    const b = block(parent);
    if (last && b !== last) out += '\n';
    last = b;
    out += node.nodeValue.replace(/\s+/g, ' ');
  }
  return `${out}\n`;
}
