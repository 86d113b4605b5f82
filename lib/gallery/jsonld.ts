import type { ImageObject } from 'schema-dts';
import type { Photo } from '@/lib/content';
import { absoluteUrl, siteName } from '@/lib/config';
import { langTag, type Locale } from '@/lib/i18n/routing';
import { href } from '@/lib/routes';

/**
 * schema.org ImageObject for a photo page: the fields Google's image-licence metadata reads (creator,
 * creditText, license, acquireLicensePage, copyrightNotice) plus the file itself. The creator of every
 * illustration is the site, as an Organization.
 */
export function imageObject(photo: Photo, locale: Locale): ImageObject {
  const site = { '@type': 'Organization' as const, name: siteName[locale], url: absoluteUrl(href.home(locale)) };
  return {
    '@type': 'ImageObject',
    name: photo.caption[locale],
    caption: photo.caption[locale],
    description: photo.alt[locale],
    url: absoluteUrl(href.photo(locale, photo.id)),
    contentUrl: absoluteUrl(photo.src),
    encodingFormat: photo.mediaType,
    width: { '@type': 'QuantitativeValue', value: photo.width, unitCode: 'E37' },
    height: { '@type': 'QuantitativeValue', value: photo.height, unitCode: 'E37' },
    contentSize: `${photo.bytes} B`,
    inLanguage: langTag[locale],
    contentLocation: { '@type': 'Place', name: photo.place[locale] },
    creator: site,
    creditText: photo.credit?.[locale],
    copyrightHolder: site,
    copyrightNotice: `${photo.credit?.[locale] ?? siteName[locale]} · ${photo.license}`,
    license: photo.licenseUrl ?? photo.license,
    acquireLicensePage: absoluteUrl(href.press(locale)),
    isFamilyFriendly: true,
  };
}
