/**
 * Before `next build` (prebuild.ts): a small patch of Next.js's own server, applied to node_modules/next so that
 * `next build` copies the patched files into the standalone server. It answers what Next.js 16 turns into 500s
 * (upstream: vercel/next.js#92141, open) by the status RFC 9110 asks for:
 *
 * - files it serves itself (`/_next/static`, `public/`): a method other than GET/HEAD → 405 with Allow; a failed
 *   precondition → 412; an unsatisfiable Range → 416 with `Content-Range: bytes * /len`. Next hands these to
 *   pages `/405`, `/412`, `/416`, which an App-Router-only app does not have, so each became a bare 500. A Range
 *   that is not valid syntax (§14.1.1) is ignored (200), which §14.2 allows. Static files get `send`'s own ETag
 *   (from the file's size and time, no hashing), so `If-Match: *` and a matching tag pass (§13.1.1);
 *   `generateEtags: false` had removed it, and with it every If-Match failed. A 304 keeps the 200's
 *   `Vary: Accept-Encoding` (compression adds it only when it compresses a body);
 * - TRACE: Next builds a WHATWG Request for the proxy, whose constructor refuses TRACE (a 500 and a stack trace in
 *   the log); it gets 405 with the headers routing has already added (the site's security headers);
 * - redirects (trailing slash, next.config's): the headers next.config sets for every path, which Next drops there;
 * - Node's own 400/431/408 for requests it cannot parse: the same security headers as every other response.
 *
 * Each insertion sits between markers and is rewritten on every run, so the step is idempotent and follows a change
 * of the security headers. It fails the build when an anchor is missing: a Next.js upgrade changed the code, and
 * the patch must be checked against it (or dropped, once the upstream bug is fixed). Files are replaced, never
 * written in place: node_modules may be hard links shared with other checkouts.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { commonSecurityHeaders, filePolicy } from '../security/headers';

const start = '/* site-patch:start */';
const end = '/* site-patch:end */';
const block = (code: string) => `${start}\n${code}\n${end}`;

type Insertion = { anchor: string; code: string; where: 'after' | 'before' | 'end' };

const securityHeaders = [...commonSecurityHeaders, { key: 'Content-Security-Policy', value: filePolicy }];

/** Node's answer to a request it cannot parse, with the site's headers (same choice of status as Node's default). */
const clientError = `server.on('clientError', (err, socket) => {
  if (err.code === 'ECONNRESET' || !socket.writable || socket._httpMessage) { socket.destroy(); return; }
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = status + '\\n';
  const head = ['HTTP/1.1 ' + status + ' ' + require('http').STATUS_CODES[status], 'Connection: close',
    'Content-Type: text/plain; charset=utf-8', 'Cache-Control: no-store', 'Content-Length: ' + body.length,
    ...${JSON.stringify(securityHeaders.map(({ key, value }) => `${key}: ${value}`))}];
  socket.end(head.join('\\r\\n') + '\\r\\n\\r\\n' + body);
});`;

/** A plain answer with the status, keeping the headers routing set (security headers, Allow, Content-Range). */
const helpers = `function sitePatchStatus(res, status) {
  res.statusCode = status;
  res.removeHeader('Content-Length');
  res.removeHeader('ETag');
  res.removeHeader('Last-Modified');
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(status + '\\n');
}
function sitePatchCompressible(file) {
  const type = String(require('../serve-static').getContentType(require('path').extname(file).slice(1)) || '');
  return /^(text\\/|application\\/(javascript|json|xml|manifest\\+json)|image\\/svg)/.test(type);
}
function sitePatchValidRange(value) {
  const m = /^bytes=(.*)$/i.exec(value);
  if (!m) return true;
  return m[1].split(',').every((spec) => {
    const r = /^\\s*(?:(\\d+)-(\\d*)|-(\\d+))\\s*$/.exec(spec);
    return !!r && (r[3] !== undefined || r[2] === '' || Number(r[1]) <= Number(r[2]));
  });
}`;

const patches: Record<string, Insertion[]> = {
  'dist/server/lib/router-server.js': [
    {
      where: 'before',
      anchor: "if (!(req.method === 'GET' || req.method === 'HEAD')) {\n                    res.setHeader('Allow', [",
      code:
        "if (!(req.method === 'GET' || req.method === 'HEAD')) { res.setHeader('Allow', 'GET, HEAD'); return sitePatchStatus(res, 405); }\n" +
        '                if (typeof req.headers.range === "string" && !sitePatchValidRange(req.headers.range)) delete req.headers.range;\n' +
        // A 304 must carry the Vary its 200 would (RFC 9110 §15.4.5); compression adds it only to bodies it compresses.
        "                if (sitePatchCompressible(matchedOutput.itemPath)) res.setHeader('Vary', 'Accept-Encoding');\n" +
        '                try { return await (0, _servestatic.serveStatic)(req, res, matchedOutput.itemPath, { root: matchedOutput.itemsRoot, etag: true }); }\n' +
        '                catch (err) { if (err && err.statusCode >= 400 && err.statusCode < 500) return sitePatchStatus(res, err.statusCode); throw err; }\n',
    },
    { where: 'end', anchor: '', code: helpers },
  ],
  'dist/server/lib/router-utils/resolve-routes.js': [
    {
      // Redirects (trailing slash, next.config's) are answered with `resHeaders: null`: the headers routes matched
      // before them (the site's security headers) would be lost.
      where: 'before',
      anchor:
        'return {\n                        finished: true,\n                        parsedUrl: parsedDestination,\n                        resHeaders: null,',
      code: 'for (const key of Object.keys(resHeaders)) res.setHeader(key, resHeaders[key]);\n                    ',
    },
    {
      where: 'after',
      anchor: "if (!opts.minimalMode && route.name === 'middleware') {",
      code:
        "if (req.method === 'TRACE') { for (const key of Object.keys(resHeaders)) res.setHeader(key, resHeaders[key]); " +
        "res.statusCode = 405; res.setHeader('Allow', 'GET, HEAD'); res.setHeader('Cache-Control', 'no-store'); " +
        "res.setHeader('Content-Type', 'text/plain; charset=utf-8'); res.end('Method Not Allowed\\n'); return { parsedUrl, resHeaders, finished: true }; }",
    },
  ],
  'dist/server/lib/start-server.js': [{ where: 'after', anchor: ': _http.default.createServer(requestListener);', code: clientError }],
};

const strip = (source: string) => source.replace(new RegExp(`${escape(start)}[\\s\\S]*?${escape(end)}`, 'g'), '');
function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export function patchSource(source: string, insertions: Insertion[], file: string): string {
  let out = strip(source);
  for (const { anchor, code, where } of insertions) {
    if (where === 'end') {
      out += block(code);
      continue;
    }
    const at = out.indexOf(anchor);
    if (at === -1 || out.indexOf(anchor, at + 1) !== -1)
      throw new Error(`patch-next: ${file}: the code this patch expects is not there once; check it against this Next.js version`);
    out =
      where === 'before'
        ? out.slice(0, at) + block(code) + out.slice(at)
        : out.slice(0, at + anchor.length) + block(code) + out.slice(at + anchor.length);
  }
  return out;
}

export function patchNext(): string[] {
  const require = createRequire(import.meta.url);
  const root = path.dirname(require.resolve('next/package.json'));
  const changed: string[] = [];
  for (const [relative, insertions] of Object.entries(patches)) {
    const file = path.join(root, relative);
    const source = readFileSync(file, 'utf8');
    const patched = patchSource(source, insertions, relative);
    if (patched === source) continue;
    const temporary = `${file}.site-patch-${process.pid}`;
    writeFileSync(temporary, patched);
    renameSync(temporary, file);
    changed.push(relative);
  }
  return changed;
}
