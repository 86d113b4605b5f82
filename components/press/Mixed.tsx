import type { Locale } from '@/lib/i18n/routing';
import { hanRuns } from '@/lib/text/han';

/** Running text that may quote Chinese: on English pages each Chinese run gets lang="zh-Hans". */
export function Mixed({ text, locale }: { text: string; locale: Locale }) {
  if (locale === 'zh') return <>{text}</>;
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
