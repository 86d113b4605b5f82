import { gzipSync } from 'node:zlib';
import { loaderAttribute } from '../../server/defer-scripts';
import { startTags } from '../e2e/site';

export type Weight = {
  scripts: number;
  jsRaw: number;
  jsGzip: number;
  htmlRaw: number;
  htmlGzip: number;
  /** The inline RSC payload (`self.__next_f.push(…)` scripts, with a nonce on pages rendered on request): bytes of HTML that only hydration reads. */
  rscRaw: number;
  files: { src: string; raw: number; gzip: number }[];
};

/** gzip at zlib's default level 6, what Next's own compression and most servers send. */
const gz = (b: Uint8Array) => gzipSync(b).length;

/**
 * The JavaScript a page loads before any interaction: every `<script src>` in its HTML except `noModule`
 * fallbacks (never run by a modern browser), and every script the after-load loader adds (its `data-scripts`
 * list, lib/server/defer-scripts.ts), raw and gzipped; and the HTML itself.
 */
export async function weigh(origin: string, path: string): Promise<Weight> {
  const html = Buffer.from(await (await fetch(origin + path)).arrayBuffer());
  const scripts = startTags(html.toString('utf8')).filter((t) => t.name === 'script');
  const srcs = [
    ...new Set([
      ...scripts.filter((t) => t.attrs.src && !('nomodule' in t.attrs)).map((t) => t.attrs.src!),
      ...scripts.flatMap((t) => (t.attrs[loaderAttribute] ? (JSON.parse(t.attrs[loaderAttribute]) as string[]) : [])),
    ]),
  ];
  const files = await Promise.all(
    srcs.map(async (src) => {
      const body = Buffer.from(await (await fetch(new URL(src, origin + path))).arrayBuffer());
      return { src, raw: body.length, gzip: gz(body) };
    }),
  );
  return {
    scripts: files.length,
    jsRaw: files.reduce((s, f) => s + f.raw, 0),
    jsGzip: files.reduce((s, f) => s + f.gzip, 0),
    htmlRaw: html.length,
    htmlGzip: gz(html),
    rscRaw: [...html.toString('utf8').matchAll(/<script(?: nonce="[^"]*")?>(self\.__next_f\.push[\s\S]*?)<\/script>/g)].reduce(
      (n, m) => n + Buffer.byteLength(m[1]!),
      0,
    ),
    files: files.sort((a, b) => b.gzip - a.gzip),
  };
}
