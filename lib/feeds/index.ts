/**
 * RSS 2.0 and Atom 1.0 feeds of one locale, made with the `feed` package: one item per section article
 * (standfirst as the description, standfirst and summary as content), guid = the article's absolute URL.
 * Built at build time by static route handlers (app/[locale]/feed.xml, atom.xml).
 */
import { Feed } from 'feed';
import { absoluteUrl, siteName } from '../config';
import type { Site } from '../content/site';
import { sectionIds, href } from '../routes';
import { langTag, type Locale } from '../i18n/routing';
import { localeUpdated } from '../content/updated';
import { escapeHtml } from '../text/escape';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function buildFeed(site: Site, locale: Locale): Feed {
  const articles = sectionIds.map((id) => site.articles[id][locale]);
  const updated = localeUpdated(site.articles, locale);
  const home = site.home[locale];
  const feed = new Feed({
    title: siteName[locale],
    description: home.summary,
    id: absoluteUrl(href.home(locale)),
    link: absoluteUrl(href.home(locale)),
    language: langTag[locale],
    copyright: locale === 'zh' ? `${siteName.zh}，CC BY 4.0` : `${siteName.en}, CC BY 4.0`,
    updated: day(updated),
    generator: siteName[locale],
    feedLinks: { rss: absoluteUrl(href.feed(locale, 'rss')), atom: absoluteUrl(href.feed(locale, 'atom')) },
    author: { name: siteName[locale], link: absoluteUrl(href.home(locale)) },
  });
  const photos = new Map(site.photos.map((p) => [p.id, p]));
  for (const article of articles) {
    const url = absoluteUrl(href.article(locale, article.section));
    const hero = photos.get(article.hero);
    feed.addItem({
      title: article.title,
      id: url,
      link: url,
      description: article.standfirst,
      content: `<p>${escapeHtml(article.standfirst)}</p><p>${escapeHtml(article.summary)}</p>`,
      date: day(article.updated),
      published: day(article.published),
      image: hero ? { url: absoluteUrl(hero.src), type: hero.mediaType, length: hero.bytes } : undefined,
    });
  }
  return feed;
}
