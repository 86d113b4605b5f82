import { stripTones } from '../text/han';

/**
 * Readers type pinyin without tone marks and often without spaces or apostrophes ("zhungeer"), and English
 * without quotes or hyphens, so the glossary compares folded text: no diacritics, no case, no punctuation or
 * spaces. Kept in its own module because the filter's client leaf imports it.
 */
export function foldLoose(text: string): string {
  return stripTones(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}
