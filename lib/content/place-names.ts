import path from 'node:path';
import { keptNames, phrases } from '../text/phrases';
import { readJson } from './read';
import { glossaryFile, type TermEntry } from './schema';
import { validate } from './validate';

/** The glossary's place names (Chinese forms and aliases of two or more characters), longest first. */
function placeNamesOf(terms: readonly TermEntry[]): string[] {
  const names = terms.filter((t) => t.category === 'place').flatMap((t) => [t.zh, ...t.aliases.zh]);
  return [...new Set(names.filter((name) => [...name].length >= 2))].sort((a, b) => b.length - a.length);
}

let cached: readonly string[] | undefined;
/**
 * The place names of content/glossary.json, read through the same checked path as the rest of the content
 * (a bad glossary fails here with its file, field and line). Synchronous, because titles are cut into phrases
 * while the MDX compiles and in components that are not async.
 */
export function placeNames(): readonly string[] {
  if (!cached) {
    const { data, source, file } = readJson(path.join(process.cwd(), 'content'), 'glossary.json');
    cached = placeNamesOf(validate(glossaryFile, data, file, source).terms);
  }
  return cached;
}

/** Everything a Chinese title never splits: the place names and the site's name phrase. */
export const titleKeptNames = () => keptNames(placeNames());

/** A title cut into phrases (lib/text/phrases.ts), never inside a place name of the glossary. */
export const titlePhrases = (text: string) => phrases(text, placeNames());
