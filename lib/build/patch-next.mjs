/**
 * A patch of Next.js's own server (node_modules/next), applied by `postinstall` (`node lib/build/patch-next.mjs`:
 * plain Node, no dependency, so `npm ci --omit=dev` works), so dev, build and the standalone server run the same
 * code. It has two parts:
 *
 * - Required, the static handler (upstream bug vercel/next.js#92141): RFC 9110 answers where Next.js 16 sends 500s.
 * - Wider, the router and Node: the site's headers on the 308 and 400/431 sent before any route; TRACE gets 405.
 *
 * The wider part exists because the proxy never sees those responses; behind nginx (lib/deploy) Node's 400/431 are
 * answered by nginx instead. Drop the required part once the upstream bug is fixed. Per file:
 *
 * - Required: dist/server/lib/router-server.js, before Next's 405 for static files: a method other than GET/HEAD →
 *   405 + Allow; an invalid Range is ignored, an unsatisfiable one 416, a failed If-Match 412 (Next rendered pages
 *   /405, /412, /416, which the app does not have → 500); `send`'s ETag (size + time) on, which `generateEtags: false`
 *   cut; a 304 of a file Next compresses gets `Vary: Accept-Encoding` like its 200 (`sitePatchCompressible`, checked
 *   for a script and a stylesheet chunk and any text file in public/ by lib/testing/e2e/fuzz.test.ts).
 * - Wider: dist/server/lib/router-utils/resolve-routes.js: the repeated-slash 308 (answered before the proxy) gets the
 *   site's headers; a TRACE gets 405 before the proxy, whose WHATWG Request refuses TRACE (a 500).
 * - Wider: dist/server/lib/start-server.js, after createServer: Node's own 400/431/408 for an unparseable request are
 *   written with the site's headers (Node answers them before Next or the proxy run).
 *
 * No header value is written into node_modules: the inserted code reads them when it answers from
 * `globalThis[Symbol.for('zhungeer.security-headers')]` (the key lib/server/process-state.ts owns; its test compares
 * the two), which instrumentation.ts sets from lib/security/headers.ts when the server starts (a strict default until
 * then). Anchors are matched by code tokens, not whitespace; an anchor
 * found not exactly once throws naming file and anchor. Insertions sit between markers, so re-running is idempotent.
 * Files are replaced, never written in place (node_modules may be hard links). Tests: patch-next.test.ts.
 * A script of its own rather than `patch-package`: that would have to be installed in production too
 * (`npm ci --omit=dev` runs this postinstall), and its line diffs of compiled files break on any re-wrap, while here
 * an anchor is matched by code token, a changed one throws naming itself, and prebuild and postbuild check the
 * installed and the standalone server's copy (`nextPatchProblems`).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Opens every insertion; a patched file contains it. */
export const marker = '/* site-patch:start */';
const end = '/* site-patch:end */';
const block = (code) => `${marker}\n${code}\n${end}`;

/** Where the running server publishes its header values (lib/security/headers.ts `publishSecurityHeaders`). */
export const headersKey = 'zhungeer.security-headers';

/**
 * The site's headers for a response Next or Node writes itself, as a plain object. Until instrumentation.ts has
 * run: nothing may load, run or be framed, and no sniffing.
 */
const headersHelper = `function sitePatchHeaders() {
  return globalThis[Symbol.for(${JSON.stringify(headersKey)})] || { 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY',
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox" };
}`;

/** Node's answer to a request it cannot parse, with the site's headers (same choice of status as Node's default). */
const clientError = `server.on('clientError', (err, socket) => {
  if (err.code === 'ECONNRESET' || !socket.writable || socket._httpMessage) { socket.destroy(); return; }
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = status + '\\n';
  const head = ['HTTP/1.1 ' + status + ' ' + require('http').STATUS_CODES[status], 'Connection: close',
    'Content-Type: text/plain; charset=utf-8', 'Cache-Control: no-store', 'Content-Length: ' + body.length,
    ...Object.entries(sitePatchHeaders()).map(([key, value]) => key + ': ' + value)];
  socket.end(head.join('\\r\\n') + '\\r\\n\\r\\n' + body);
});`;

/** A plain answer with the status, keeping the headers routing set (security headers, Allow, Content-Range). */
const staticHelpers = `function sitePatchStatus(res, status) {
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

/**
 * @typedef {{ name: string; anchor: string; code: string; where: 'after' | 'before' | 'end' }} Insertion
 * `anchor` (code, compared token by token) must occur exactly once in the file; `name` is how an error names it.
 */

/** @type {Record<string, Insertion[]>} Insertions per file, relative to the `next` package. */
export const nextPatches = {
  'dist/server/lib/router-server.js': [
    {
      // The anchor runs through the serveStatic call, so every name the inserted code uses is checked to be there.
      name: 'static files: the method check before serveStatic',
      where: 'before',
      anchor: `if (!(req.method === 'GET' || req.method === 'HEAD')) { res.setHeader('Allow', ['GET', 'HEAD']); res.statusCode = 405;
        return await invokeRender((0, _parseurl.parseUrl)('/405'), '/405', handleIndex, { invokeStatus: 405 }); }
        try { return await (0, _servestatic.serveStatic)(req, res, matchedOutput.itemPath, { root: matchedOutput.itemsRoot,`,
      code:
        "if (!(req.method === 'GET' || req.method === 'HEAD')) { res.setHeader('Allow', 'GET, HEAD'); return sitePatchStatus(res, 405); }\n" +
        'if (typeof req.headers.range === "string" && !sitePatchValidRange(req.headers.range)) delete req.headers.range;\n' +
        // A 304 must carry the Vary its 200 would (RFC 9110 §15.4.5); compression adds it only to bodies it compresses.
        "if (sitePatchCompressible(matchedOutput.itemPath)) res.setHeader('Vary', 'Accept-Encoding');\n" +
        'try { return await (0, _servestatic.serveStatic)(req, res, matchedOutput.itemPath, { root: matchedOutput.itemsRoot, etag: true }); }\n' +
        'catch (err) { if (err && err.statusCode >= 400 && err.statusCode < 500) return sitePatchStatus(res, err.statusCode); throw err; }',
    },
    { name: 'helpers at the end of the file', where: 'end', anchor: '', code: staticHelpers },
  ],
  'dist/server/lib/router-utils/resolve-routes.js': [
    {
      // A path with `//` or a backslash is redirected (308) before any route, the proxy or next.config's headers run.
      name: 'repeated-slash redirect',
      where: 'after',
      anchor: 'parsedUrl = (0, _parseurl.parseUrl)((0, _utils2.normalizeRepeatedSlashes)(req.url));',
      code: 'Object.assign(resHeaders, sitePatchHeaders());',
    },
    {
      name: 'before the proxy (middleware) route runs',
      where: 'after',
      anchor: "if (!opts.minimalMode && route.name === 'middleware') {",
      code:
        "if (req.method === 'TRACE') { for (const key of Object.keys(resHeaders)) res.setHeader(key, resHeaders[key]); " +
        "res.statusCode = 405; res.setHeader('Allow', 'GET, HEAD'); res.setHeader('Cache-Control', 'no-store'); " +
        "res.setHeader('Content-Type', 'text/plain; charset=utf-8'); res.end('Method Not Allowed\\n'); return { parsedUrl, resHeaders, finished: true }; }",
    },
    { name: 'helpers at the end of the file', where: 'end', anchor: '', code: headersHelper },
  ],
  'dist/server/lib/start-server.js': [
    { name: 'HTTP server created', where: 'after', anchor: ': _http.default.createServer(requestListener);', code: clientError },
    { name: 'helpers at the end of the file', where: 'end', anchor: '', code: headersHelper },
  ],
};

/** A compiled file's last line; the helpers go on their own lines before it, so the map's URL stays intact. */
const sourceMap = '//# sourceMappingURL=';

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The source without any earlier insertion. */
export const strip = (source) =>
  source.replace(new RegExp(`${escape(marker)}[\\s\\S]*?${escape(end)}(?:\\n(?=${escape(sourceMap)}))?`, 'g'), '');

/**
 * `anchor` as a pattern over code tokens: any whitespace (or none) between tokens, at least some between two words,
 * and either quote around a string. So a re-indented or re-wrapped compile still matches; changed code does not.
 */
export function anchorPattern(anchor) {
  const tokens = anchor.match(/[A-Za-z_$][\w$]*|\d+|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\S/g) ?? [];
  const word = /^[\w$]/;
  let pattern = '';
  tokens.forEach((token, i) => {
    if (i > 0) pattern += word.test(tokens[i - 1]) && word.test(token) ? '\\s+' : '\\s*';
    pattern += /^['"]/.test(token) ? `['"]${escape(token.slice(1, -1))}['"]` : escape(token);
  });
  return new RegExp(pattern, 'g');
}

/**
 * `source` with `insertions` (any earlier ones removed first); throws naming `file` and the anchor when one is not
 * there exactly once.
 * @param {string} source @param {readonly Insertion[]} insertions @param {string} file
 */
export function patchSource(source, insertions, file) {
  let out = strip(source);
  for (const { name, anchor, code, where } of insertions) {
    if (where === 'end') {
      const map = out.lastIndexOf(`\n${sourceMap}`);
      out = map === -1 ? out + block(code) : `${out.slice(0, map + 1)}${block(code)}\n${out.slice(map + 1)}`;
      continue;
    }
    const found = [...out.matchAll(anchorPattern(anchor))];
    if (found.length !== 1)
      throw new Error(
        `patch-next: ${file}: anchor "${name}" found ${found.length} times, expected once; check the patch against this Next.js version`,
      );
    const at = found[0].index;
    const cut = where === 'before' ? at : at + found[0][0].length;
    out = out.slice(0, cut) + block(code) + out.slice(cut);
  }
  return out;
}

/** The installed `next` package's folder. */
export function nextRoot() {
  return path.dirname(createRequire(import.meta.url).resolve('next/package.json'));
}

/** Applies the patch to the `next` package at `root`; returns the files it changed (none when already current). */
export function applyNextPatch(root = nextRoot()) {
  const changed = [];
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
export function nextPatchProblems(root) {
  const problems = [];
  for (const [relative, insertions] of Object.entries(nextPatches)) {
    const file = path.join(root, relative);
    if (!existsSync(file)) {
      problems.push(`${file}: missing`);
      continue;
    }
    const source = readFileSync(file, 'utf8');
    if (!source.includes(marker)) problems.push(`${file}: not patched`);
    else if (patchSource(source, insertions, relative) !== source) problems.push(`${file}: patched by an older lib/build/patch-next.mjs`);
  }
  return problems;
}

// `postinstall`: `node lib/build/patch-next.mjs`. Re-running it is harmless (after a change of this file).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const changed = applyNextPatch();
  console.log(`patch-next: Next.js server patch ${changed.length ? `applied to ${changed.join(', ')}` : 'already in place'}`);
}
