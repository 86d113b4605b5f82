import { hanRuns, hasHan, langOf } from '@/lib/text/han';

/** Running text that may quote Chinese: on English pages each Chinese run gets lang="zh-Hans" (screen readers switch voice). */
export function Mixed({ text, locale }: { text: string; locale: string }) {
  if (locale !== 'en' || !hasHan(text)) return <>{text}</>;
  return (
    <>
      {hanRuns(text).map((run, i) =>
        run.han ? (
          <span key={i} lang="zh-Hans">
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  );
}

/**
 * Chinese running text that names English forms (a source note quoting an English rendering): on Chinese pages each
 * run with Latin letters gets lang="en"; on English pages it is `Mixed`.
 */
export function MixedEnglish({ text, locale }: { text: string; locale: string }) {
  if (locale !== 'zh') return <Mixed text={text} locale={locale} />;
  return (
    <>
      {hanRuns(text).map((run, i) =>
        !run.han && langOf(run.text, 'zh') === 'en' ? (
          <span key={i} lang="en">
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
