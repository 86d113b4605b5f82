import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import sharp from 'sharp';
import { siteName, siteUrl } from '../config';
import { colourBand, lightColours } from '../design/tokens';
import { otherLocale, type Locale } from '../i18n/routing';
import { isWide } from '../text/han';
import { titlePhrases } from '../content/place-names';
import { latinPunct, ogFontFamily, ogFonts, ogPunctFamily } from './fonts';

/** The size every link-preview card is drawn at: the 1.91:1 image Open Graph, X and WeChat crawlers expect. */
export const ogSize = { width: 1200, height: 630 } as const;
export const ogContentType = 'image/png';

export interface OgCard {
  locale: Locale;
  /** Small line above the title: the section or page kind ("第一篇 · 生态修复", "Press kit"). */
  kicker: string;
  title: string;
  /**
   * An image under public/ ("photos/pine-capped-hills.jpg") shown on the right: an article's hero, or the picture
   * content/previews.json names for a listing page. Required, so no picture is chosen in code.
   */
  photo: string;
  /**
   * What the picture is. Every picture the site has is one of its own illustrations (content/photos.json), so an
   * unlabelled picture is taken for one: the card says so on the picture, as the site's captions do (a preview
   * on WeChat shows no caption). Only a card that states 'photograph' goes without the label.
   */
  photoKind?: 'photograph' | 'illustration';
}

/** The label drawn on an illustration, in the card's language. */
export const illustrationLabel = { zh: '示意图', en: 'Illustration' } as const;

/** The site's light colours and its colour band (lib/design/tokens.ts, which app/globals.css matches). */
const colours = lightColours;
const band = colourBand;

const photoWidth = 440;
const textWidth = ogSize.width - photoWidth - 2 * 64;

const photoCache = new Map<string, Promise<string>>();
/** The illustration cropped to the card's right column, as a JPEG data URL (satori cannot read files). */
function photoDataUrl(file: string): Promise<string> {
  let hit = photoCache.get(file);
  if (!hit) {
    const full = path.join(process.cwd(), 'public', file);
    hit = sharp(readFileSync(full))
      .resize(photoWidth, ogSize.height, { fit: 'cover', position: 'attention' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer()
      .then((b) => `data:image/jpeg;base64,${b.toString('base64')}`);
    photoCache.set(file, hit);
  }
  return hit;
}

/** Letter-spacing added to Chinese titles (px); Han characters are one em wide plus this. */
const hanSpacing = 2;
/**
 * The largest title size that fits in three lines (four for long English titles). Chinese is counted exactly
 * (one em per character plus spacing); bold Latin averages a little over half an em per character.
 */
export function titleSize(title: string, locale: Locale): { size: number; lines: number; perLine: number } {
  const chars = [...title];
  const measure = (size: number) => {
    if (locale === 'zh') {
      const perLine = Math.floor(textWidth / (size + hanSpacing));
      return { size, perLine, lines: Math.ceil(chars.length / perLine) };
    }
    const units = chars.reduce((n, c) => n + (isWide(c) ? 1 : 0.56), 0);
    return { size, perLine: Infinity, lines: Math.ceil((units * size) / textWidth) };
  };
  for (const size of [72, 64, 58]) {
    const m = measure(size);
    if (m.lines <= 3) return m;
  }
  for (const size of [54, 48, 44]) {
    const m = measure(size);
    if (m.lines <= 4) return m;
  }
  return measure(40);
}

/**
 * A Chinese title cut into lines for the card (satori has no text-wrap: balance and no phrase breaking, so the
 * lines are decided here): lines break only between phrases (lib/text/phrases.ts: BudouX, no word or place name
 * split), none longer than `perLine`, as few lines as that allows and at least `lines`, as even as possible. A
 * phrase longer than a line (never in practice at these sizes) is cut at the line's end.
 */
export function balanceHan(title: string, lines: number, perLine: number): string[] {
  const cuts = [0];
  for (const part of titlePhrases(title)) {
    let from = cuts.at(-1)!;
    const end = from + [...part].length;
    while (end - from > perLine) cuts.push((from += perLine));
    cuts.push(end);
  }
  const chars = [...title];
  // Greedy lines no longer than `limit`, each ending at the last cut that fits.
  const spread = (limit: number) => {
    const out: string[] = [];
    for (let start = 0; start < chars.length;) {
      const next = cuts.filter((c) => c > start && c - start <= limit).at(-1) ?? cuts.find((c) => c > start)!;
      out.push(chars.slice(start, next).join(''));
      start = next;
    }
    return out;
  };
  // Filling each line to `perLine` gives the fewest lines; the shortest limit that needs no more than
  // max(that, lines) lines gives the most even ones.
  const most = Math.max(lines, spread(perLine).length);
  for (let limit = Math.ceil(chars.length / most); limit < perLine; limit++) {
    const out = spread(limit);
    if (out.length <= most) return out;
  }
  return spread(perLine);
}

/**
 * English text as words laid out by flex-wrap, each word's curly quotes and middle dots set in the punctuation
 * face (see fonts.ts). satori mixes fonts within a line only across separate elements, and a block of mixed
 * inline runs is not something it lays out.
 */
function latinWords(text: string, gap: string) {
  return text.split(/\s+/).map((word, w) => (
    <span key={w} style={{ display: 'flex', marginRight: gap }}>
      {word
        .split(latinPunct)
        .filter(Boolean)
        .map((run, i) =>
          latinPunct.test(run) ? (
            <span key={i} style={{ fontFamily: ogPunctFamily, fontWeight: 400 }}>
              {run}
            </span>
          ) : (
            <span key={i}>{run}</span>
          ),
        )}
    </span>
  ));
}

export async function renderOgCard(card: OgCard): Promise<ImageResponse> {
  const { locale, kicker, title } = card;
  const photo = await photoDataUrl(card.photo);
  const { size, lines, perLine } = titleSize(title, locale);
  const zh = locale === 'zh';
  return new ImageResponse(
    <div
      style={{ display: 'flex', width: '100%', height: '100%', background: colours.paper, fontFamily: ogFontFamily, color: colours.ink }}
    >
      <div style={{ display: 'flex', flexDirection: 'column', width: ogSize.width - photoWidth, padding: '56px 64px 64px 64px' }}>
        <div style={{ display: 'flex', alignItems: 'center', fontSize: 26, fontWeight: 700, color: colours.accent }}>
          <div
            style={{ display: 'flex', width: 18, height: 18, background: colours.accent, transform: 'rotate(45deg)', marginRight: 18 }}
          />
          <span>{siteName[locale]}</span>
          <span style={{ color: colours.muted, fontWeight: 400, marginLeft: 14 }}>{siteName[otherLocale(locale)]}</span>
        </div>
        <div style={{ display: 'flex', width: 72, height: 4, background: colours.ochre, marginTop: 52 }} />
        <div
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            marginTop: 22,
            fontSize: 26,
            fontWeight: 700,
            color: colours.ochre,
            letterSpacing: zh ? 4 : 2,
          }}
        >
          {zh ? kicker : latinWords(kicker.toUpperCase(), '0.5em')}
        </div>
        <div
          style={{
            ...(zh ? { display: 'flex', flexDirection: 'column' } : { display: 'flex', flexWrap: 'wrap' }),
            marginTop: 18,
            fontSize: size,
            fontWeight: 700,
            lineHeight: zh ? 1.3 : 1.14,
            letterSpacing: zh ? hanSpacing : -0.5,
          }}
        >
          {zh ? balanceHan(title, lines, perLine).map((line) => <span key={line}>{line}</span>) : latinWords(title, '0.26em')}
        </div>
        <div style={{ display: 'flex', marginTop: 'auto', fontSize: 22, color: colours.muted }}>{siteUrl.host}</div>
      </div>
      {/* eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, next/image does not apply */}
      <img src={photo} width={photoWidth} height={ogSize.height} alt="" style={{ objectFit: 'cover' }} />
      {card.photoKind !== 'photograph' && (
        <div
          style={{
            display: 'flex',
            position: 'absolute',
            right: 20,
            bottom: 34,
            padding: '6px 14px',
            borderRadius: 6,
            background: 'rgba(0, 0, 0, 0.66)',
            color: '#ffffff',
            fontSize: 22,
            fontWeight: 700,
            letterSpacing: zh ? 2 : 0.5,
          }}
          data-label="illustration"
        >
          {illustrationLabel[locale]}
        </div>
      )}
      <div style={{ display: 'flex', position: 'absolute', left: 0, bottom: 0, width: '100%', height: 14 }}>
        {band.map((c) => (
          <div key={c} style={{ display: 'flex', flexGrow: 1, background: c }} />
        ))}
      </div>
    </div>,
    { ...ogSize, fonts: ogFonts() },
  );
}
