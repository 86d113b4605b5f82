import jsQR from 'jsqr';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { qrSvg, qrSvgMarkup } from './index';

/** Rasterise like a phone camera would see a print, then decode. */
async function decode(svg: string): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 300 })
    .flatten({ background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const rgba = new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength);
  return jsQR(rgba, info.width, info.height)?.data;
}

const ORIGIN = 'https://green-mines.test';

describe('qrSvg', () => {
  it('round-trips a URL with a Chinese path', async () => {
    const url = `${ORIGIN}/zh/术语/绿色矿山`;
    expect(await decode(await qrSvg(url))).toBe(url);
  });

  it('round-trips a long URL with a #fragment', async () => {
    const url = `${ORIGIN}/en/industries/parallel?from=press-kit&utm=brief-${'x'.repeat(120)}#three-year-plan`;
    expect(await decode(await qrSvg(url, { size: 512 }))).toBe(url);
  });

  it('is a standalone, accessible, print-safe SVG', async () => {
    const svg = await qrSvg(`${ORIGIN}/zh`, { label: '扫码访问 准格尔旗绿色矿山', size: 200 });
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="扫码访问 准格尔旗绿色矿山"');
    expect(svg).toContain('<title>扫码访问 准格尔旗绿色矿山</title>');
    expect(svg).toContain('width="200" height="200"');
    expect(svg).toContain('shape-rendering="crispEdges"');
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('fill="#000000"');
    // The symbol plus a 4-module quiet zone on each side, with no dark run reaching into it.
    const n = QRCode.create(`${ORIGIN}/zh`, { errorCorrectionLevel: 'M' }).modules.size;
    expect(svg).toContain(`viewBox="0 0 ${n + 8} ${n + 8}"`);
    const runs = [...svg.matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) => m.slice(1, 4).map(Number));
    expect(runs.length).toBeGreaterThan(0);
    for (const [x = 0, y = 0, w = 0] of runs) {
      expect(Math.min(x, y)).toBeGreaterThanOrEqual(4);
      expect(Math.max(x + w, y + 1)).toBeLessThanOrEqual(n + 4);
    }
  });

  it('defaults the label to the URL, escaped', async () => {
    const url = `${ORIGIN}/en/search?q=a&b=c`;
    const svg = qrSvgMarkup(url);
    expect(svg).toContain('<title>https://green-mines.test/en/search?q=a&amp;b=c</title>');
    expect(svg).toContain('width="256"');
  });
});

describe('qrSvgMarkup', () => {
  it('escapes an XSS-ish label', () => {
    const svg = qrSvgMarkup(`${ORIGIN}/en`, { label: '"><script>alert(1)</script><title x=\'' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('<title>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;title x=&#x27;</title>');
    expect(svg).toContain('aria-label="&quot;&gt;&lt;script&gt;');
    expect(svg.match(/<title>/g)).toHaveLength(1);
  });

  it('is a bare <svg> element for inline HTML', () => {
    const svg = qrSvgMarkup(`${ORIGIN}/en`);
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('rejects a nonsensical size', () => {
    expect(() => qrSvgMarkup(`${ORIGIN}/en`, { size: 0 })).toThrow(/size/);
  });
});
