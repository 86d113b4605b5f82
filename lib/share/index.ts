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

/**
 * A link the server wrote with SITE_URL, moved onto the origin the reader is actually on. Everything the browser
 * makes (copy link, quote with citation, text-fragment links, Web Share, client-side citations) goes through
 * this, so a copied link always opens where it was copied, whatever SITE_URL the build had. On the server (no
 * `location`) the link is returned unchanged.
 */
export function onThisOrigin(url: string, here: string | undefined = globalThis.location?.origin): string {
  if (!here) return url;
  const u = new URL(url, here);
  return `${here}${u.pathname}${u.search}${u.hash}`;
}

/** WeChat's in-app browser, by the MicroMessenger token its user agent carries (Weixin's documented check). */
export function isWeChat(userAgent: string): boolean {
  return /MicroMessenger\//i.test(userAgent);
}
