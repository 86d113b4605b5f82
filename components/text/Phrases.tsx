import { Fragment } from 'react';
import { titlePhrases } from '@/lib/content';

/**
 * A title that breaks only between phrases (lib/text/phrases.ts): the phrases joined by `<wbr>` inside a
 * `word-break: keep-all` span (`.phrases`, globals.css). In text without Chinese, a hyphenated compound
 * ("grey-black") is kept on one line; the rest breaks as usual.
 */
export function Phrases({ text }: { text: string }) {
  const parts = titlePhrases(text);
  if (parts.length === 1 && parts[0] === text && !/\p{Script=Han}/u.test(text)) return <LatinTitle text={text} />;
  return (
    <span className="phrases">
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </span>
  );
}

const compound = /(\p{L}+(?:-\p{L}+)+)/u;

/** Latin title text with each hyphenated compound in a span that does not wrap (its hyphen is no break point). */
function LatinTitle({ text }: { text: string }) {
  const parts = text.split(compound);
  if (parts.length === 1) return text;
  return parts.map((part, i) =>
    i % 2 ? (
      <span key={i} className="whitespace-nowrap">
        {part}
      </span>
    ) : (
      part
    ),
  );
}
