import { Fragment } from 'react';
import { titlePhrases } from '@/lib/content';

/**
 * A title that breaks only between phrases (lib/text/phrases.ts): the phrases joined by `<wbr>` inside a
 * `word-break: keep-all` span (`.phrases`, globals.css). Text without Chinese is returned as it is.
 */
export function Phrases({ text }: { text: string }) {
  const parts = titlePhrases(text);
  if (parts.length === 1 && parts[0] === text && !/\p{Script=Han}/u.test(text)) return text;
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
