/**
 * A small patch of Next.js's own server (node_modules/next), applied at install (`postinstall`: patch-next-cli.ts),
 * so that `next dev`, `next build` and the standalone server (which `next build` copies it into) all run the same
 * Next.js. `prebuild` checks it is in place and current, and `postbuild` checks every patched file in
 * `.next/standalone/node_modules/next`: either fails the build, naming the file. It answers what Next.js 16 turns
 * into 500s (upstream: vercel/next.js#92141, open) by the status RFC 9110 asks for:
 *
 * - files it serves itself (`/_next/static`, `public/`): a method other than GET/HEAD → 405 with Allow; a failed
 *   precondition → 412; an unsatisfiable Range → 416 with `Content-Range: bytes * /len`. Next hands these to
 *   pages `/405`, `/412`, `/416`, which an App-Router-only app does not have, so each became a bare 500. A Range
 *   that is not valid syntax (§14.1.1) is ignored (200), which §14.2 allows. A 304 keeps the 200's
 *   `Vary: Accept-Encoding` (compression adds it only when it compresses a body);
 * - TRACE: Next builds a WHATWG Request for the proxy, whose constructor refuses TRACE (a 500 and a stack trace in
 *   the log); it gets 405 with the headers routing has already added (the site's security headers);
 * - Node's own 400/431/408 for requests it cannot parse: the same security headers as every other response (the
 *   site's rule: every response carries them; Node answers these before Next.js or the proxy run). Redirects need no
 *   patch: proxy.ts answers them (`skipTrailingSlashRedirect`).
 *
 * ETags, one owner per kind of response:
 * - prerendered pages and route bodies (feeds, JSON, SVG): the manifest's tag, a hash of the bytes computed once at
 *   build time (lib/build/manifest.ts), sent by proxy.ts, which also answers their If-None-Match (304) and If-Match
 *   (412). `generateEtags: false` in next.config.ts turns off Next's own, which would hash every body per request;
 * - static files (`/_next/static`, `public/`): `send`'s tag from the file's size and modification time (no hashing),
 *   which the patch turns back on (`etag: true` below) for these files only. Next passes `generateEtags` to its file
 *   server too, so without this they had no ETag, every `If-Match` failed (only `*` could pass) and a revalidation
 *   downloaded the file again. The proxy does not see `/_next/static` (its matcher) and leaves `public/` files alone;
 * - pages rendered on request (search): none, so If-Match fails unless `*` (proxy.ts).
 *
 * Each insertion sits between markers and is rewritten on every run, so applying it is idempotent and follows a
 * change of the security headers. An anchor found not exactly once throws, naming the file and the anchor: a Next.js
 * upgrade changed that code, and the patch must be checked against it (or dropped, once the upstream bug is fixed);
 * patch-next.test.ts holds each anchor's surroundings in Next.js 16.4.6. Files are replaced, never written in place:
 * node_modules may be hard links shared with other checkouts.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { commonSecurityHeaders, filePolicy } from '../security/headers';

/** Opens every insertion; a patched file contains it. */
export const marker = '/* site-patch:start */';
const start = marker;
const end = '/* site-patch:end */';
const block = (code: string) => `${start}\n${code}\n${end}`;

/** `anchor` must occur exactly once in the file; `name` is how an error names it. */
export type Insertion = { name: string; anchor: string; code: string; where: 'after' | 'before' | 'end' };

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

/** Insertions per file, relative to the `next` package. */
export const nextPatches: Record<string, Insertion[]> = {
  'dist/server/lib/router-server.js': [
    {
      name: 'static files: the method check before serveStatic',
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
    { name: 'helpers at the end of the file', where: 'end', anchor: '', code: helpers },
  ],
  'dist/server/lib/router-utils/resolve-routes.js': [
    {
      name: 'before the proxy (middleware) route runs',
      where: 'after',
      anchor: "if (!opts.minimalMode && route.name === 'middleware') {",
      code:
        "if (req.method === 'TRACE') { for (const key of Object.keys(resHeaders)) res.setHeader(key, resHeaders[key]); " +
        "res.statusCode = 405; res.setHeader('Allow', 'GET, HEAD'); res.setHeader('Cache-Control', 'no-store'); " +
        "res.setHeader('Content-Type', 'text/plain; charset=utf-8'); res.end('Method Not Allowed\\n'); return { parsedUrl, resHeaders, finished: true }; }",
    },
  ],
  'dist/server/lib/start-server.js': [
    { name: 'HTTP server created', where: 'after', anchor: ': _http.default.createServer(requestListener);', code: clientError },
  ],
};

/** A compiled file's last line; the helpers go on their own lines before it, so the map's URL stays intact. */
const sourceMap = '//# sourceMappingURL=';

/** The source without any earlier insertion. */
export const strip = (source: string) =>
  source.replace(new RegExp(`${escape(start)}[\\s\\S]*?${escape(end)}(?:\\n(?=${escape(sourceMap)}))?`, 'g'), '');
function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** `source` with `insertions` (any earlier ones removed first); throws naming `file` and the anchor when one is not there once. */
export function patchSource(source: string, insertions: readonly Insertion[], file: string): string {
  let out = strip(source);
  for (const { name, anchor, code, where } of insertions) {
    if (where === 'end') {
      const map = out.lastIndexOf(`\n${sourceMap}`);
      out = map === -1 ? out + block(code) : `${out.slice(0, map + 1)}${block(code)}\n${out.slice(map + 1)}`;
      continue;
    }
    const at = out.indexOf(anchor);
    const count = at === -1 ? 0 : out.split(anchor).length - 1;
    if (count !== 1)
      throw new Error(
        `patch-next: ${file}: anchor "${name}" found ${count} times, expected once; check the patch against this Next.js version`,
      );
    out =
      where === 'before'
        ? out.slice(0, at) + block(code) + out.slice(at)
        : out.slice(0, at + anchor.length) + block(code) + out.slice(at + anchor.length);
  }
  return out;
}

/** The installed `next` package's folder. */
export function nextRoot(): string {
  return path.dirname(createRequire(import.meta.url).resolve('next/package.json'));
}

/** Applies the patch to the `next` package at `root`; returns the files it changed (none when already current). */
export function applyNextPatch(root = nextRoot()): string[] {
  const changed: string[] = [];
  for (const [relative, insertions] of Object.entries(nextPatches)) {
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

/**
 * What is wrong with the patch in the `next` package at `root` (a missing file, a file without the patch, a patch
 * older than this module); empty when every file carries the current patch. Anchors that changed throw.
 */
export function nextPatchProblems(root: string): string[] {
  const problems: string[] = [];
  for (const [relative, insertions] of Object.entries(nextPatches)) {
    const file = path.join(root, relative);
    if (!existsSync(file)) {
      problems.push(`${file}: missing`);
      continue;
    }
    const source = readFileSync(file, 'utf8');
    if (!source.includes(marker)) problems.push(`${file}: not patched`);
    else if (patchSource(source, insertions, relative) !== source) problems.push(`${file}: patched by an older lib/build/patch-next.ts`);
  }
  return problems;
}
