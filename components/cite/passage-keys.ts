/**
 * The passage links' keyboard behaviour (plain DOM, used by ArticleTools): one roving tab stop over the article's
 * passage links, ↑/↓/Home/End between them, and the highlight of the passage the URL's #id names.
 */
/**
 * The attributes: on the article body (static HTML, ArticleView.tsx), on each passage, and on its link; the two
 * that scripts set, which app/styles/cite.css styles; and the article's cite box (CiteArticle.tsx), which #cite opens.
 */
export const PASSAGE_ATTR = {
  body: 'data-article-body',
  passage: 'data-passage',
  link: 'data-passage-link',
  /** Set here on the passage the URL's #id names (CSS highlights it). */
  targeted: 'data-targeted',
  /** Set by ArticleTools.client.tsx on the passage its tools serve (CSS shows that passage's link). */
  active: 'data-active',
  /** On the article's "Cite this article" <details>. */
  citeBox: 'data-cite-box',
} as const;
export const ARTICLE_BODY = `[${PASSAGE_ATTR.body}]`;
export const PASSAGE = `[${PASSAGE_ATTR.passage}]`;
export const LINK = `[${PASSAGE_ATTR.link}]`;

export function hashId(): string {
  try {
    return decodeURIComponent(window.location.hash.slice(1)).split(':~:')[0] ?? '';
  } catch {
    return '';
  }
}

export function passageOf(node: Node | null): HTMLElement | null {
  const el = node instanceof Element ? node : (node?.parentElement ?? null);
  return el?.closest<HTMLElement>(PASSAGE) ?? null;
}

export function passageLinks(root: HTMLElement): HTMLAnchorElement[] {
  return [...root.querySelectorAll<HTMLAnchorElement>(LINK)];
}

/** Only the link of `passage` is in the tab order. */
export function rove(root: HTMLElement, passage: Element | null): void {
  for (const a of passageLinks(root)) a.tabIndex = a.closest(PASSAGE) === passage ? 0 : -1;
}

/**
 * Marks the passage the URL's #id names (`:target` does not follow history.pushState, so the highlight is
 * mirrored in `data-targeted`), opens the cite box for #cite, and puts the tab stop on that passage (else the first).
 */
export function markTarget(root: HTMLElement): void {
  for (const el of root.querySelectorAll(`[${PASSAGE_ATTR.targeted}]`)) el.removeAttribute(PASSAGE_ATTR.targeted);
  const id = hashId();
  const target = id ? document.getElementById(id) : null;
  if (target?.matches(PASSAGE)) target.setAttribute(PASSAGE_ATTR.targeted, '');
  if (id === 'cite') document.querySelector<HTMLDetailsElement>(`[${PASSAGE_ATTR.citeBox}]`)?.setAttribute('open', '');
  rove(root, target?.matches(PASSAGE) ? target : root.querySelector(PASSAGE));
}

/** ↑/↓/Home/End on a passage link moves focus to the previous, next, first or last one; true when it did. */
export function movePassageFocus(root: HTMLElement, e: KeyboardEvent): boolean {
  const t = e.target as Element;
  if (!t.matches?.(LINK)) return false;
  const all = passageLinks(root);
  const i = all.indexOf(t as HTMLAnchorElement);
  const j = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: all.length - 1 }[e.key];
  const next = j === undefined ? undefined : all[j];
  if (!next) return false;
  e.preventDefault();
  next.focus();
  return true;
}
