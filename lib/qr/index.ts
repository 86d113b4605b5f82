/**
 * QR codes as SVG, drawn from the `qrcode` package's module matrix (no canvas, no network).
 *
 * The SVG is drawn here rather than taken from qrcode's own SVG renderer so that the accessibility
 * attributes, the print colours and the path shape are ours to guarantee. Choices:
 * - Error correction 'M' (15 %): survives a crease or a smudge on a printed brief without making the
 *   symbol so dense that a phone struggles with it on a small print.
 * - Pure black on white with the 4-module quiet zone the QR spec requires: prints on any printer
 *   and keeps working in dark mode, where the white plate stays white.
 * - One unit per module in the viewBox and shape-rendering="crispEdges", so modules stay sharp and
 *   abutting modules show no hairline seams when scaled.
 * - The URL is encoded exactly as given (UTF-8 byte mode for non-ASCII), so a scan yields the same text.
 */
import QRCode from 'qrcode';
// Inline in HTML and served as a file: React's entities are valid in both.
import { escapeHtml } from '../text/escape';

export interface QrOptions {
  /** Rendered width and height in CSS pixels; the viewBox keeps it scalable. Default 256. */
  size?: number;
  /** Accessible name; defaults to the URL. */
  label?: string;
}

const QUIET_ZONE = 4;

/** Dark modules as one path: one rectangle per horizontal run, far smaller than one rect per module. */
function modulePath(url: string): { d: string; extent: number } {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  let d = '';
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col++;
      d += `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`;
    }
  }
  return { d, extent: n + 2 * QUIET_ZONE };
}

/**
 * The bare <svg> element, for inlining in HTML (e.g. dangerouslySetInnerHTML in a server component).
 * Synchronous because qrcode builds the matrix synchronously; the label is escaped (lib/text/escape.ts).
 */
export function qrSvgMarkup(url: string, opts: QrOptions = {}): string {
  const size = opts.size ?? 256;
  if (!Number.isFinite(size) || size <= 0) throw new Error(`qr: size must be a positive number, got ${size}`);
  const label = escapeHtml(opts.label ?? url);
  const { d, extent } = modulePath(url);
  // aria-label as well as <title>: some screen readers name an inline role="img" svg only from aria-label.
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${label}" ` +
    `width="${size}" height="${size}" viewBox="0 0 ${extent} ${extent}" shape-rendering="crispEdges">` +
    `<title>${label}</title>` +
    `<rect width="${extent}" height="${extent}" fill="#ffffff"/>` +
    `<path fill="#000000" d="${d}"/>` +
    `</svg>`
  );
}

/** A standalone SVG document (XML declaration included), for download or as a file. */
export async function qrSvg(url: string, opts: QrOptions = {}): Promise<string> {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${qrSvgMarkup(url, opts)}\n`;
}
