import type { Locale } from './routing';

/**
 * A message a client leaf fills in with what only the browser knows (a count, the typed query, today's date),
 * made ready on the server by `openMessage` (lib/i18n/message.ts), which runs the ICU parts there: a plural comes
 * as one template per plural category of the locale (CLDR, `Intl.PluralRules#resolvedOptions().pluralCategories`),
 * and this module only picks one with `Intl.PluralRules` and puts the values in. It imports nothing, so a leaf
 * that uses it ships a few hundred bytes instead of next-intl's ICU formatter (about 10 KiB gzipped);
 * lib/testing/client-graph.test.ts fails if a client leaf's imports reach the formatter. next-intl's own route,
 * `experimental.messages.precompile` (messages compiled at build time by icu-minify), was not taken: in next-intl 4.14
 * it is experimental, it runs on the catalog files named in the plugin's `messages.path`, a client leaf would format
 * with `useTranslations` under a `NextIntlClientProvider` that sends its messages to the browser (this site has no
 * provider), and it turns each message into compiled data, so `t.raw` would no longer return the ICU text that
 * `openMessage` reads.
 *
 * In a template, `{name}` is where a value goes as it is (as next-intl prints a plain `{name}` argument) and
 * `{#name}` is where a number goes in the locale's digits (what ICU's `#` prints inside a plural).
 */
export interface ClientMessage {
  /** The argument whose plural category picks the form; absent when the message has no plural. */
  plural?: string;
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
}

type Values = Record<string, string | number>;

/** The message with its values in; a value it asks for and did not get throws, as next-intl's `t()` would. */
export function fill(locale: Locale, message: ClientMessage, values: Values): string {
  let form = message.forms.other;
  if (message.plural !== undefined) {
    const n = values[message.plural];
    if (typeof n !== 'number') throw new Error(`fill: the plural "${message.plural}" needs a number`);
    form = message.forms[new Intl.PluralRules(locale).select(n)] ?? form;
  }
  return form.replace(/\{(#?)(\w+)\}/g, (_, pound: string, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`fill: no value for "${name}"`);
    return pound ? new Intl.NumberFormat(locale).format(Number(value)) : String(value);
  });
}

/** A private-use character no message contains: where the value the page draws itself (an element) goes. */
const slot = '\uE000';

/** The filled message's text before and after `name`, for a value the page renders as an element. */
export function fillAround(locale: Locale, message: ClientMessage, values: Values, name: string): [before: string, after: string] {
  const [before = '', after = ''] = fill(locale, message, { ...values, [name]: slot }).split(slot);
  return [before, after];
}
