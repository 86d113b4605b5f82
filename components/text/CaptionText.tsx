/**
 * A picture's caption with its closing label, "（示意图）" / "(illustration)", kept on one line: at 390 px the
 * Chinese label otherwise broke as "（示 / 意图）". The rest of the caption wraps as usual.
 */
export function CaptionText({ text }: { text: string }) {
  const label = /\s*[（(][^（）()]{1,16}[)）]$/u.exec(text);
  if (!label) return text;
  return (
    <>
      {text.slice(0, label.index)}
      <span className="whitespace-nowrap">{label[0]}</span>
    </>
  );
}
