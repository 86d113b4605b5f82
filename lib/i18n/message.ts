import 'server-only';
import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Locale } from './routing';
import type { ClientMessage } from './template';

/**
 * Server side of the messages a client leaf fills in (lib/i18n/template.ts): the ICU message from content/messages
 * (`t.raw(key)`), parsed by the same parser as next-intl's `t()`, becomes a `ClientMessage`, one plain template per
 * plural category the locale has (Chinese: only `other`; English: `one` and `other`). The leaf picks the form
 * with `Intl.PluralRules` and puts the values in, so no ICU formatter goes to the browser.
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
