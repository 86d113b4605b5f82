/**
 * Share links that need no script from another host: the page only links to the service, which reads the
 * page's URL and title from the query string when the reader chooses to go there.
 */

/** Weibo's share page (service.weibo.com/share/share.php?url=…&title=…). */
export function weiboShareUrl(url: string, title: string): string {
  return `https://service.weibo.com/share/share.php?${new URLSearchParams({ url, title })}`;
}

/**
 * A mailto: link with subject and body. encodeURIComponent rather than URLSearchParams: mail clients read "+"
 * literally (RFC 6068 wants %20), and line breaks are sent as %0A, which mail clients accept.
 */
export function mailtoUrl(subject: string, body: string): string {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
