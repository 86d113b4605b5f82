/**
 * Gate: security headers, as Mozilla's HTTP Observatory scores them, on every response it is given (the crawl's
 * pages, and in hardening.test.ts redirects, 404s, files, images and chunks). Permissions-Policy may only name
 * features Chromium knows: an unknown one is logged on every page ("Unrecognized feature").
 */
import type { Problem } from './types';

/** Permissions-Policy features Chromium recognises that the site turns off or keeps for itself. */
export const knownPermissions = new Set([
  'accelerometer',
  'autoplay',
  'camera',
  'clipboard-write',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'interest-cohort',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]);

type HeaderSource = Headers | Record<string, string>;
const getter = (h: HeaderSource) => (name: string) => (h instanceof Headers ? h.get(name) : (h[name] ?? null));

/** The problems with one response's headers; `where` names it in each message. */
export function headerProblems(headers: HeaderSource, where: string): Problem[] {
  const get = getter(headers);
  const out: string[] = [];
  const csp = get('content-security-policy') ?? '';
  if (!csp) out.push('no Content-Security-Policy');
  else {
    const script = /script-src ([^;]*)/.exec(csp)?.[1] ?? /default-src ([^;]*)/.exec(csp)?.[1] ?? '';
    if (/unsafe-inline|unsafe-eval|\*|https?:/.test(script)) out.push(`script-src allows too much: ${script}`);
    if (!/frame-ancestors 'none'/.test(csp)) out.push("CSP without frame-ancestors 'none'");
    if (!/object-src 'none'|default-src 'none'/.test(csp)) out.push("CSP without object-src 'none'");
    if (!/base-uri 'none'/.test(csp)) out.push("CSP without base-uri 'none'");
  }
  if (!/max-age=(\d{8,}|3[2-9]\d{6}).*includeSubDomains/.test(get('strict-transport-security') ?? ''))
    out.push(`HSTS missing or short: ${get('strict-transport-security')}`);
  if (get('x-content-type-options') !== 'nosniff') out.push('no X-Content-Type-Options: nosniff');
  if (get('referrer-policy') !== 'strict-origin-when-cross-origin') out.push(`Referrer-Policy is ${get('referrer-policy')}`);
  const permissions = get('permissions-policy') ?? '';
  if (!/camera=\(\).*geolocation=\(\)/.test(permissions)) out.push('Permissions-Policy does not turn off camera and geolocation');
  for (const feature of permissions.matchAll(/([a-z-]+)=/g))
    if (!knownPermissions.has(feature[1]!)) out.push(`Permissions-Policy names a feature browsers do not recognise: ${feature[1]}`);
  if (get('cross-origin-resource-policy') !== 'same-origin') out.push('no Cross-Origin-Resource-Policy: same-origin');
  if (get('x-powered-by') !== null) out.push('X-Powered-By is sent');
  return out.map((message) => ({ page: where, message }));
}

export function headerGate(pages: readonly { path: string; headers: HeaderSource }[]): Problem[] {
  if (pages.length === 0) return [{ page: '(none)', message: 'no pages to check' }];
  return pages.flatMap((p) => headerProblems(p.headers, p.path));
}
