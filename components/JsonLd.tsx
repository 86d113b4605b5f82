import type { Thing, WithContext } from 'schema-dts';

/**
 * Structured data (schema.org, typed with schema-dts). `<` is escaped so text from content can never close the
 * script element. A data block is not executed, so it needs no CSP hash.
 */
export function JsonLd<T extends Thing>({ data }: { data: WithContext<T> | WithContext<T>[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} />;
}
