import 'server-only';
import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { MessageKeys, Messages, NestedKeyOf } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import type { Locale } from './routing';
import type { ClientMessage } from './template';

/**
 * Server side of the messages a client leaf fills in (lib/i18n/template.ts): the ICU message from content/messages
 * (read by `clientMessage` below), parsed by the same parser as next-intl's `t()`, becomes a `ClientMessage`, one
 * plain template per plural category the locale has (Chinese: only `other`; English: `one` and `other`). The leaf
 * picks the form with `Intl.PluralRules` and puts the values in, so no ICU formatter goes to the browser.
 *
 * Supported: text, plain arguments and one plural argument with `#` (all these messages use). Anything else
 * (select, number or date styles, exact `=n` cases, an offset, tags, braces in the text) throws here, on the
 * server, so a message that would print differently from `t()` never reaches a reader.
 */
export function openMessage(locale: Locale, message: string): ClientMessage {
  const ast = parse(message);
  const plurals = new Set<string>();
  const find = (els: MessageFormatElement[]) => {
    for (const el of els)
      if (el.type === TYPE.plural) {
        plurals.add(el.value);
        Object.values(el.options).forEach((o) => find(o.value));
      }
  };
  find(ast);
  if (plurals.size > 1) throw new Error(`openMessage: more than one plural argument in "${message}"`);
  const [plural] = plurals;
  const write = (els: MessageFormatElement[], category: Intl.LDMLPluralRule, pound?: string): string =>
    els
      .map((el) => {
        switch (el.type) {
          case TYPE.literal:
            if (/[{}]/.test(el.value)) throw new Error(`openMessage: a literal brace in "${message}"`);
            return el.value;
          case TYPE.argument:
            return `{${el.value}}`;
          case TYPE.pound:
            if (pound === undefined) throw new Error(`openMessage: # outside a plural in "${message}"`);
            return `{#${pound}}`;
          case TYPE.plural: {
            if (el.offset !== 0 || el.pluralType === 'ordinal') throw new Error(`openMessage: unsupported plural in "${message}"`);
            const exact = Object.keys(el.options).find((k) => k.startsWith('='));
            if (exact) throw new Error(`openMessage: exact case "${exact}" in "${message}"`);
            const option = el.options[category] ?? el.options.other;
            if (!option) throw new Error(`openMessage: no "other" case in "${message}"`);
            return write(option.value, category, el.value);
          }
          default:
            throw new Error(`openMessage: unsupported ICU element (${TYPE[el.type]}) in "${message}"`);
        }
      })
      .join('');
  if (plural === undefined) return { forms: { other: write(ast, 'other') } };
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  return { plural, forms: Object.fromEntries(categories.map((c) => [c, write(ast, c)])) as ClientMessage['forms'] };
}

/**
 * Every message a client leaf fills in, by its full key in content/messages (namespace first). `clientMessage`
 * takes no other key (a type error), and lib/i18n/message.test.ts checks each one against next-intl's `t()` for
 * every count in both languages and that every `clientMessage(…)` call in the code names one of them.
 */
export const clientMessageKeys = [
  'search.count',
  'search.noHits',
  'search.more',
  'glossary.filter.shown',
  'glossary.filter.none',
  'cite.accessedToday',
] as const satisfies readonly MessageKeys<Messages, NestedKeyOf<Messages>>[];
export type ClientMessageKey = (typeof clientMessageKeys)[number];

/** The message `key` from the request's messages (next-intl's `t.raw`), made ready for a client leaf. */
export async function clientMessage(locale: Locale, key: ClientMessageKey): Promise<ClientMessage> {
  const message: unknown = (await getTranslations({ locale })).raw(key);
  if (typeof message !== 'string') throw new Error(`clientMessage: "${key}" is not a single message`);
  return openMessage(locale, message);
}
