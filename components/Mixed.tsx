import { hanRuns, hasHan } from '@/lib/text/han';

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
