import { splitNames } from '@/lib/content/keep-names';

/** Text with the glossary's place names kept on one line (see lib/content/keep-names.ts). */
export function KeepNames({ text }: { text: string }) {
  return splitNames(text).map((part, i) =>
    part.keep ? (
      <span key={i} className="keep-together">
        {part.text}
      </span>
    ) : (
      part.text
    ),
  );
}
