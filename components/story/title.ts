/**
 * A long headline set for the first screen: the part before the first colon as the display line, the rest as a
 * smaller second line inside the same h1, so the heading still reads as the full title (to a screen reader, in
 * the tab title and in citations) while the big type stays within three lines on a phone. An article's
 * optional `displayTitle` frontmatter names the display line when the title has no colon.
 */
export function splitTitle(title: string, displayTitle?: string): { head: string; rest?: string } {
  if (displayTitle) {
    const rest = title.startsWith(displayTitle) ? title.slice(displayTitle.length).replace(/^[\s:：,，—–-]+/, '') : title;
    return { head: displayTitle, rest: rest || undefined };
  }
  const m = /^(.+?)\s*([:：])\s*(.+)$/u.exec(title);
  if (!m) return { head: title };
  return { head: m[1]!, rest: m[3]! };
}
