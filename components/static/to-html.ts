import 'server-only';
import type { ReactNode } from 'react';
import { escapeHtml } from '@/lib/text/escape';

/**
 * A server tree of host elements and server components, written out as one HTML string. For StaticHtml: a part
 * of a page that never changes in the browser is sent as one string, so React neither hydrates it element by
 * element nor carries it a second time as a serialised element tree in the RSC payload.
 *
 * What it renders: strings and numbers, fragments, arrays and iterables, promises, (async) function
 * components, memo and forwardRef wrappers, and host elements with React's attribute names (className, htmlFor,
 * camelCase HTML attributes, SVG's camelCase presentation attributes, style objects, booleans,
 * dangerouslySetInnerHTML). What it refuses, with an error naming the component: client components (a client
 * reference cannot run on the server; give it its own place outside the static part) and event handlers.
 */
export async function toHtml(node: ReactNode): Promise<string> {
  const out: string[] = [];
  await write(node, false, out);
  return out.join('');
}

const ELEMENT = Symbol.for('react.transitional.element');
const LEGACY_ELEMENT = Symbol.for('react.element');
const FRAGMENT = Symbol.for('react.fragment');
const SUSPENSE = Symbol.for('react.suspense');
const MEMO = Symbol.for('react.memo');
const FORWARD_REF = Symbol.for('react.forward_ref');
const CLIENT_REFERENCE = Symbol.for('react.client.reference');
const CONTEXT = Symbol.for('react.context');

type Element = { $$typeof: symbol; type: unknown; props: Record<string, unknown> };

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Attributes that are present or absent (true → present, false → absent). */
const BOOLEAN = new Set([
  'allowfullscreen',
  'async',
  'autofocus',
  'autoplay',
  'checked',
  'controls',
  'default',
  'defer',
  'disabled',
  'disablepictureinpicture',
  'disableremoteplayback',
  'formnovalidate',
  'hidden',
  'inert',
  'itemscope',
  'loop',
  'multiple',
  'muted',
  'nomodule',
  'novalidate',
  'open',
  'playsinline',
  'readonly',
  'required',
  'reversed',
  'selected',
]);
/** Present with true, absent with false, or given a value (`download="name.jpg"`). */
const OVERLOADED = new Set(['capture', 'download']);
/** Attributes whose true and false are written out as "true" and "false". */
const BOOLEANISH = new Set([
  'contenteditable',
  'draggable',
  'spellcheck',
  'autoreverse',
  'externalresourcesrequired',
  'focusable',
  'preservealpha',
]);
const RENAMED: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  httpEquiv: 'http-equiv',
  acceptCharset: 'accept-charset',
  xlinkHref: 'xlink:href',
  xlinkTitle: 'xlink:title',
  xmlLang: 'xml:lang',
  xmlSpace: 'xml:space',
  xmlnsXlink: 'xmlns:xlink',
};
/** SVG attributes whose names are camelCase in SVG itself (React passes them through unchanged). */
const SVG_CAMEL = new Set([
  'allowReorder',
  'attributeName',
  'attributeType',
  'baseFrequency',
  'baseProfile',
  'calcMode',
  'clipPathUnits',
  'contentScriptType',
  'contentStyleType',
  'diffuseConstant',
  'edgeMode',
  'filterUnits',
  'glyphRef',
  'gradientTransform',
  'gradientUnits',
  'kernelMatrix',
  'kernelUnitLength',
  'keyPoints',
  'keySplines',
  'keyTimes',
  'lengthAdjust',
  'limitingConeAngle',
  'markerHeight',
  'markerUnits',
  'markerWidth',
  'maskContentUnits',
  'maskUnits',
  'numOctaves',
  'pathLength',
  'patternContentUnits',
  'patternTransform',
  'patternUnits',
  'pointsAtX',
  'pointsAtY',
  'pointsAtZ',
  'preserveAlpha',
  'preserveAspectRatio',
  'primitiveUnits',
  'refX',
  'refY',
  'repeatCount',
  'repeatDur',
  'requiredExtensions',
  'requiredFeatures',
  'specularConstant',
  'specularExponent',
  'spreadMethod',
  'startOffset',
  'stdDeviation',
  'stitchTiles',
  'surfaceScale',
  'systemLanguage',
  'tableValues',
  'targetX',
  'targetY',
  'textLength',
  'viewBox',
  'xChannelSelector',
  'yChannelSelector',
  'zoomAndPan',
]);
/** CSS properties whose numbers take no unit (React's list, the ones a page could plausibly use). */
const UNITLESS = new Set([
  'animationIterationCount',
  'aspectRatio',
  'columnCount',
  'columns',
  'fillOpacity',
  'flex',
  'flexGrow',
  'flexShrink',
  'floodOpacity',
  'fontWeight',
  'gridArea',
  'gridColumn',
  'gridColumnEnd',
  'gridColumnStart',
  'gridRow',
  'gridRowEnd',
  'gridRowStart',
  'lineClamp',
  'lineHeight',
  'opacity',
  'order',
  'orphans',
  'scale',
  'stopOpacity',
  'strokeDashoffset',
  'strokeMiterlimit',
  'strokeOpacity',
  'strokeWidth',
  'tabSize',
  'widows',
  'zIndex',
  'zoom',
]);
const SKIP = new Set(['children', 'key', 'ref', 'dangerouslySetInnerHTML', 'suppressHydrationWarning', 'suppressContentEditableWarning']);

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function style(value: Record<string, unknown>): string {
  return Object.entries(value)
    .filter(([, v]) => v != null && typeof v !== 'boolean' && v !== '')
    .map(([k, v]) => {
      const name = k.startsWith('--') ? k : kebab(k).replace(/^ms-/, '-ms-');
      const text = typeof v === 'number' && v !== 0 && !k.startsWith('--') && !UNITLESS.has(k) ? `${v}px` : String(v).trim();
      return `${name}:${text}`;
    })
    .join(';');
}

function attributes(props: Record<string, unknown>, svg: boolean, tag: string): string {
  let out = '';
  for (const [key, value] of Object.entries(props)) {
    if (SKIP.has(key) || value == null || typeof value === 'symbol') continue;
    if (typeof value === 'function' || /^on[A-Z]/.test(key))
      throw new Error(`StaticHtml: <${tag} ${key}> is interactive; a static part of the page cannot carry event handlers`);
    if (key === 'style') {
      const css = style(value as Record<string, unknown>);
      if (css) out += ` style="${escapeHtml(css)}"`;
      continue;
    }
    const custom = key.startsWith('data-') || key.startsWith('aria-');
    const name = RENAMED[key] ?? (custom ? key : svg ? (SVG_CAMEL.has(key) ? key : kebab(key)) : key.toLowerCase());
    const lower = name.toLowerCase();
    if (typeof value === 'boolean') {
      if (custom || BOOLEANISH.has(lower)) out += ` ${name}="${value}"`;
      else if (value && (BOOLEAN.has(lower) || OVERLOADED.has(lower))) out += ` ${name}=""`;
      else if (value) throw new Error(`StaticHtml: <${tag} ${key}={true}> is not a boolean attribute`);
      continue;
    }
    if (BOOLEAN.has(lower) && !OVERLOADED.has(lower)) {
      if (value !== '' && value !== false) out += ` ${name}=""`;
      continue;
    }
    out += ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}

async function write(node: unknown, svg: boolean, out: string[]): Promise<void> {
  if (node == null || typeof node === 'boolean') return;
  if (typeof node === 'string') return void out.push(escapeHtml(node));
  if (typeof node === 'number' || typeof node === 'bigint') return void out.push(String(node));
  if (node instanceof Promise) return write(await node, svg, out);
  if (Array.isArray(node)) {
    for (const child of node) await write(child, svg, out);
    return;
  }
  if (typeof node !== 'object') throw new Error(`StaticHtml: cannot render a ${typeof node}`);
  const el = node as Element;
  if (el.$$typeof !== ELEMENT && el.$$typeof !== LEGACY_ELEMENT) {
    if (Symbol.iterator in el) {
      for (const child of el as unknown as Iterable<unknown>) await write(child, svg, out);
      return;
    }
    throw new Error('StaticHtml: cannot render a plain object');
  }
  const { type, props } = el;
  if (typeof type === 'string') {
    const inSvg = svg ? type !== 'foreignObject' : type === 'svg' || type === 'math';
    out.push(`<${type}${attributes(props, svg || type === 'svg', type)}>`);
    if (VOID.has(type) && !svg) return;
    const inner = props.dangerouslySetInnerHTML as { __html?: string } | undefined;
    if (inner?.__html != null) out.push(inner.__html);
    else if (typeof props.children === 'string' && (type === 'script' || type === 'style')) out.push(props.children);
    else await write(props.children, inSvg, out);
    out.push(`</${type}>`);
    return;
  }
  if (type === FRAGMENT || type === SUSPENSE) return write(props.children, svg, out);
  if (typeof type === 'function') {
    if ((type as { $$typeof?: symbol }).$$typeof === CLIENT_REFERENCE) throw clientComponent(type);
    return write(await (type as (p: unknown) => unknown)(props), svg, out);
  }
  if (type && typeof type === 'object') {
    const t = type as { $$typeof?: symbol; type?: unknown; render?: (p: unknown, r: null) => unknown };
    if (t.$$typeof === CLIENT_REFERENCE) throw clientComponent(type);
    if (t.$$typeof === MEMO) return write({ ...el, type: t.type }, svg, out);
    if (t.$$typeof === FORWARD_REF && t.render) return write(await t.render(props, null), svg, out);
    if (t.$$typeof === CONTEXT) return write(props.children, svg, out);
  }
  throw new Error(`StaticHtml: cannot render element type ${String(type)}`);
}

function clientComponent(type: unknown): Error {
  const name = (type as { $$id?: string; name?: string }).$$id ?? (type as { name?: string }).name ?? 'a client component';
  return new Error(`StaticHtml: ${name} is a client component; render it outside the static part of the page`);
}
