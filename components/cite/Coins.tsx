import { absoluteUrl, siteName } from '@/lib/config';
import { coinsTitle, type CoinsPage } from '@/lib/cite/coins';
import { updatedIn } from '@/lib/content';
import type { Locale } from '@/lib/i18n/routing';

/**
 * The page's reference-manager record (lib/cite/coins.ts): an empty span that Zotero and other COinS readers
 * find by its class; hidden from everyone else.
 */
export function Coins(page: CoinsPage) {
  return <span className="Z3988" title={coinsTitle(page)} hidden aria-hidden="true" data-coins />;
}

/**
 * The record for a page that has no date of its own (glossary, gallery, press kit): its own title, by the site,
 * dated by the site's newest article revision, which is when its content last changed.
 */
export async function SiteCoins({
  locale,
  title,
  url,
  description,
}: {
  locale: Locale;
  title: string;
  /** The page's address (lib/routes). */
  url: string;
  description?: string;
}) {
  const date = await updatedIn(locale);
  return <Coins title={title} siteName={siteName[locale]} date={date} url={absoluteUrl(url)} locale={locale} description={description} />;
}
