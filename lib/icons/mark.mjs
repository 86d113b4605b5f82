/**
 * The site's mark: a paper-coloured diamond (the ◆ of the header) over green terraced hills, on the accent
 * green of app/globals.css. One function so the SVG favicon and the PNG/ICO renders cannot drift apart.
 * `inset` shrinks the drawing into the safe zone of maskable and Apple icons.
 */
export function markSvg({ size = 512, inset = 0, rounded = true } = {}) {
  const s = 512;
  const k = 1 - 2 * inset;
  const o = s * inset;
  const g = (d) => `<g transform="translate(${o} ${o}) scale(${k})">${d}</g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${s} ${s}">
<rect width="${s}" height="${s}" rx="${rounded ? 96 : 0}" fill="#2c6a4c"/>
${g(`<path d="M256 70 L410 224 L256 378 L102 224 Z" fill="#fbfaf6"/>
<path d="M0 372 C110 318 190 330 256 352 C330 376 410 350 512 300 L512 512 L0 512 Z" fill="#86c9a5"/>
<path d="M0 430 C120 392 220 400 300 418 C380 436 450 420 512 398 L512 512 L0 512 Z" fill="#1f5039"/>
<path d="M60 470 H452" stroke="#e0b068" stroke-width="14" stroke-linecap="round"/>`)}
</svg>
`;
}
