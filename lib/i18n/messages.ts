import type {} from 'next-intl';
import type { Locale } from './routing';
import zhCommon from '../../content/messages/zh/common.json';
import enCommon from '../../content/messages/en/common.json';
import zhArticle from '../../content/messages/zh/article.json';
import enArticle from '../../content/messages/en/article.json';
import zhHome from '../../content/messages/zh/home.json';
import enHome from '../../content/messages/en/home.json';
import zhErrors from '../../content/messages/zh/errors.json';
import enErrors from '../../content/messages/en/errors.json';
import zhSearch from '../../content/messages/zh/search.json';
import enSearch from '../../content/messages/en/search.json';
import zhPress from '../../content/messages/zh/press.json';
import enPress from '../../content/messages/en/press.json';
import zhShare from '../../content/messages/zh/share.json';
import enShare from '../../content/messages/en/share.json';
import zhGlossary from '../../content/messages/zh/glossary.json';
import enGlossary from '../../content/messages/en/glossary.json';
import zhGallery from '../../content/messages/zh/gallery.json';
import enGallery from '../../content/messages/en/gallery.json';
import zhCite from '../../content/messages/zh/cite.json';
import enCite from '../../content/messages/en/cite.json';
import zhAbout from '../../content/messages/zh/about.json';
import enAbout from '../../content/messages/en/about.json';

/**
 * UI strings, one JSON file per namespace and locale under content/messages/. The `satisfies` on the English
 * set makes a key missing from one locale a type error.
 */
const zh = {
  common: zhCommon,
  article: zhArticle,
  home: zhHome,
  errors: zhErrors,
  search: zhSearch,
  press: zhPress,
  share: zhShare,
  glossary: zhGlossary,
  gallery: zhGallery,
  cite: zhCite,
  about: zhAbout,
};
type Messages = typeof zh;
const en = {
  common: enCommon,
  article: enArticle,
  home: enHome,
  errors: enErrors,
  search: enSearch,
  press: enPress,
  share: enShare,
  glossary: enGlossary,
  gallery: enGallery,
  cite: enCite,
  about: enAbout,
} satisfies Messages;

const all: Record<Locale, Messages> = { zh, en };
export function loadMessages(locale: Locale): Messages {
  return all[locale];
}

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
