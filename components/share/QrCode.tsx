import { qrSvgMarkup } from '@/lib/qr';

/** A QR code as inline SVG, drawn on the server (lib/qr): nothing is fetched, and it prints sharp. */
export function QrCode({ url, label, size, className = '' }: { url: string; label: string; size: number; className?: string }) {
  return (
    <span
      className={`inline-block leading-none ${className}`}
      data-qr={url}
      dangerouslySetInnerHTML={{ __html: qrSvgMarkup(url, { size, label }) }}
    />
  );
}
