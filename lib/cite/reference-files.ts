/** The reference-manager files: biblatex (`.bib`) with its citation key, and RIS. */
import type { Locale } from '../i18n/routing';
import { clean, fullTitle, parseDate, versionDate, type CiteSource, type Ymd } from './source';

// ---- Citation key: stable across re-citations, distinct per page, passage and language.
const KEY_PREFIX = 'zhungeer';

function safeDecode(p: string): string {
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

export function citationKey(s: CiteSource): string {
  const u = new URL(s.url);
  const segments = u.pathname
    .split('/')
    .map(safeDecode)
    .filter((p) => p !== '' && p !== s.locale);
  const parts = [...segments, u.hash.slice(1)]
    .map((p) =>
      p
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean);
  return [`${KEY_PREFIX}${parseDate(s.published).y}`, ...parts, s.locale].join('-');
}

// ---- BibTeX: biblatex @online, the entry type made for web pages (url + urldate are first-class).
// Text fields are escaped for LaTeX. Braces become \textbraceleft{}/\textbraceright{} rather than \{ \}
// because BibTeX and biber count braces even after a backslash, so a lone \{ breaks the .bib parse.
// The url field is verbatim in biblatex (\url semantics), so # and % stay raw there; only characters
// that cannot appear raw in a URL yet would upset the .bib parser (braces, backslash, space) are
// percent-encoded. UTF-8 (Chinese titles) is written as-is: biber and XeLaTeX/LuaLaTeX read it.
const TEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

export function texEscape(t: string): string {
  return clean(t).replace(/[\\{}%&#_$~^]/g, (c) => TEX_ESCAPES[c] ?? c);
}

function bibUrl(url: string): string {
  return url.replace(/[{}\\ ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The sentence-case title with its proper nouns braced, as Zotero writes titles: reference managers that import
 * the file keep the sentence case their styles expect (APA, GB/T 7714), and biblatex styles that change case keep
 * the names: a capitalised word other than the first and the first after a colon is a proper noun, adjacent ones
 * share a group (`{Zhungeer Banner}`). Titles without editor forms (Chinese has no case) are escaped as given.
 */
function bibTitle(s: CiteSource): string {
  const words = fullTitle(s).split(' ');
  const out: string[] = [];
  let group: string[] = [];
  const flush = () => {
    if (group.length) out.push(`{${group.join(' ')}}`);
    group = [];
  };
  words.forEach((w, i) => {
    const opensClause = i === 0 || /:$/.test(words[i - 1] ?? '');
    if (s.titleForms && !opensClause && /^[“‘"(]?\p{Lu}/u.test(w)) group.push(texEscape(w));
    else {
      flush();
      out.push(texEscape(w));
    }
  });
  flush();
  return out.join(' ');
}

/** biblatex `langid` values (babel/polyglossia language names), so styles hyphenate and localise the entry. */
const LANGID: Record<Locale, string> = { zh: 'chinese', en: 'english' };

export function bibtex(s: CiteSource, key: string = citationKey(s)): string {
  const fields: [string, string][] = [
    // Double braces keep a corporate author from being split into given/family names.
    ['author', `{${texEscape(s.siteName)}}`],
    ['title', bibTitle(s)],
    // The website (biblatex's `organization` of an @online entry), read back as the website title on import.
    ['organization', `{${texEscape(s.siteName)}}`],
    ['date', versionDate(s).iso],
    ...(s.accessed ? [['urldate', parseDate(s.accessed).iso] as [string, string]] : []),
    ['url', bibUrl(s.url)],
    ['langid', LANGID[s.locale]],
  ];
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@online{${key},\n${body}\n}`;
}

// ---- RIS: one "TAG  - value" per line, \n line ends, closing "ER  - ".
function risDate(d: Ymd): string {
  return d.iso.replace(/-/g, '/');
}

export function ris(s: CiteSource): string {
  const d = versionDate(s);
  const lines: [string, string][] = [
    ['TY', 'ELEC'],
    ['AU', clean(s.siteName)],
    // Sentence case, as reference managers store titles: styles that want headline case make it themselves.
    ['TI', fullTitle(s)],
    // T2 is Zotero's and EndNote's “Website Title” for ELEC (MLA's container); PB would be dropped into a note.
    ['T2', clean(s.siteName)],
    ['PY', String(d.y)],
    ['DA', risDate(d)],
    ...(s.accessed ? [['Y2', risDate(parseDate(s.accessed))] as [string, string]] : []),
    ['UR', s.url.trim()],
    ['LA', s.locale],
  ];
  return [...lines.map(([t, v]) => `${t}  - ${v}`), 'ER  - '].join('\n');
}
