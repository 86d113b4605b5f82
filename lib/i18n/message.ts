import { createTranslator } from 'next-intl';
import type { Locale } from './routing';

type Values = Record<string, string | number>;

/**
 * One message formatted by next-intl (ICU MessageFormat: the same formatter as the server's `t()`), for a client
 * leaf that got the message as a string (`t.raw`) and fills in what only the browser knows: a count, the query,
 * today's date. The formatter weighs about 10 KiB gzipped, so leaves on the article page import this module
 * when they first need it (`import('@/lib/i18n/message')`), not with the page.
 */
export function formatMessage(locale: Locale, message: string, values: Values): string {
  // A value the message asks for and did not get is a mistake to see, not a fallback to print.
  const onError = (error: Error) => {
    throw error;
  };
  return createTranslator({ locale, messages: { message }, onError })('message', values);
}

/** A private-use character no message contains: where the value the page draws itself (an element) goes. */
const slot = '\uE000';

/** The formatted message's text before and after `name`, for a value the page renders as an element. */
export function formatAround(locale: Locale, message: string, values: Values, name: string): [before: string, after: string] {
  const [before = '', after = ''] = formatMessage(locale, message, { ...values, [name]: slot }).split(slot);
  return [before, after];
}
