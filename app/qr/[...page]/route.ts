import { qrImageParams, qrTarget } from '@/components/share/QrCode';
import { qrSvg } from '@/lib/qr';

/**
 * `/qr/{locale}.svg`, `/qr/{locale}/{section}.svg`, `/qr/{locale}/press.svg`: the share QR codes as static SVG
 * files drawn at build time (lib/qr), referenced by an <img> (components/share/QrCode.tsx) instead of being
 * inlined in every page and again in its RSC payload. Any other path is a 404.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = qrImageParams;

export async function GET(_request: Request, { params }: { params: Promise<{ page: string[] }> }) {
  const url = qrTarget((await params).page);
  if (!url) return new Response('Not Found\n', { status: 404 });
  return new Response(await qrSvg(url), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600, s-maxage=31536000' },
  });
}
