/**
 * Where the locator map's words fall, worked out from the SVG text alone (no browser, so it runs with the unit
 * tests): each line of each <text> becomes a box from its x, y, anchor and size, with a width estimated per
 * character a little wider than the site's sans faces set them (Han characters a full em, capitals 0.74 em, other
 * Latin letters 0.64 em), so a box can only be too big, never too small. labelProblems() reports two boxes in one
 * panel that overlap, and a box that runs past its panel's edge (the panel clips it).
 */
import * as cheerio from 'cheerio';
type AnyNode = ReturnType<ReturnType<typeof cheerio.load>>[number];
type Element = Extract<AnyNode, { attribs: Record<string, string> }>;

export type Box = { text: string; left: number; top: number; right: number; bottom: number };

const em = (ch: string): number => {
  if (/\p{Script=Han}|[\u3000-\u303f\uff00-\uffef“”]/u.test(ch)) return 1;
  if (/[A-Z0-9]/.test(ch)) return 0.74;
  if (/[a-z]/.test(ch)) return 0.64;
  if (ch === ' ') return 0.32;
  if (/[①②]/.test(ch)) return 1;
  return 0.45;
};
export const widthOf = (s: string, size: number) => [...s].reduce((w, ch) => w + em(ch), 0) * size;

/** The boxes of every line of text inside one element (a panel), in that element's own units. */
export function textBoxes($: cheerio.CheerioAPI, within: AnyNode): Box[] {
  const inherited = (el: Element, name: string): string | undefined => {
    for (let at: Element | null = el; at; at = at.parent && at.parent.type === 'tag' ? (at.parent as Element) : null) {
      const v = at.attribs?.[name];
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const boxes: Box[] = [];
  for (const t of $(within).find('text').toArray()) {
    const size = Number(inherited(t, 'font-size') ?? 16);
    const anchor = inherited(t, 'text-anchor') ?? 'start';
    let x = Number(t.attribs.x ?? 0);
    let y = Number(t.attribs.y ?? 0);
    // a line is the text's own words up to its first <tspan>, then one per <tspan> (each may move x and dy)
    const lines: { x: number; y: number; size: number; text: string }[] = [];
    let own = '';
    for (const child of t.children) {
      if (child.type === 'text') own += child.data;
      else if (child.type === 'tag') {
        if (own.trim() && !lines.length) lines.push({ x, y, size, text: own.trim() });
        const s = Number(child.attribs['font-size'] ?? size);
        if (child.attribs.x !== undefined) x = Number(child.attribs.x);
        y += Number(child.attribs.dy ?? 0);
        // a tspan without its own x continues the line it follows
        const text = $(child).text().trim();
        const last = lines.at(-1);
        if (child.attribs.x === undefined && child.attribs.dy === undefined && last) last.text += ' ' + text;
        else lines.push({ x, y, size: s, text });
      }
    }
    if (!lines.length && own.trim()) lines.push({ x, y, size, text: own.trim() });
    for (const line of lines) {
      const w = widthOf(line.text, line.size);
      const left = anchor === 'middle' ? line.x - w / 2 : anchor === 'end' ? line.x - w : line.x;
      boxes.push({ text: line.text, left, right: left + w, top: line.y - 0.8 * line.size, bottom: line.y + 0.22 * line.size });
    }
  }
  return boxes;
}

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Words that overlap other words in the same panel, or run past the panel's edge, as sentences. */
export function labelProblems(svg: string): string[] {
  const $ = cheerio.load(svg, { xml: true });
  const problems: string[] = [];
  for (const panel of $('[data-panel]').toArray() as Element[]) {
    const name = panel.attribs['data-panel'];
    const [w, h] = [Number(panel.attribs.width), Number(panel.attribs.height)];
    const boxes = textBoxes($, panel);
    boxes.forEach((a, i) => {
      if (a.left < 0 || a.right > w || a.top < 0 || a.bottom > h) problems.push(`${name}: "${a.text}" runs past the panel's edge`);
      for (const b of boxes.slice(i + 1)) if (overlap(a, b)) problems.push(`${name}: "${a.text}" overlaps "${b.text}"`);
    });
  }
  return problems;
}
