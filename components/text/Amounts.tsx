import { Fragment } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import { amountRuns } from '@/lib/text/phrases';

/** Running text whose numbers stay on one line with their units (13万亩, 130,000 mu): lib/text/phrases.ts `amountRuns`. */
export function Amounts({ text }: { text: string }) {
  return amountRuns(text).map((run, i) =>
    run.keep ? (
      <span key={i} className="whitespace-nowrap" data-amount="">
        {run.text}
      </span>
    ) : (
      <Fragment key={i}>{run.text}</Fragment>
    ),
  );
}

/**
 * A key figure's number and unit, each set in its own style. The number never breaks (2023–2025 stays whole). A
 * Chinese unit is set solid after the number: a short one (亩, 条, 个以上) after a short number stays on the number's
 * line (13万亩); a long one (三年工作计划), or any after a year range, may go to the next line but stays whole. An English unit follows a space, no-break before a
 * one-word unit (130,000 mu).
 */
export function Amount({
  value,
  unit,
  locale,
  valueClassName,
  unitClassName,
}: {
  value: string;
  unit: string;
  locale: Locale;
  valueClassName?: string;
  unitClassName?: string;
}) {
  const number = <span className={`whitespace-nowrap ${valueClassName ?? ''}`}>{value}</span>;
  if (locale === 'zh') {
    const unitEl = <span className={`whitespace-nowrap ${unitClassName ?? ''}`}>{unit}</span>;
    // A year range (2021–2025) is already as wide as a narrow cell: its unit may take the next line, still whole.
    return unit.length <= 3 && value.length <= 6 ? (
      <span className="whitespace-nowrap" data-amount="">
        {number}
        {unitEl}
      </span>
    ) : (
      <span data-amount="">
        {number}
        {unitEl}
      </span>
    );
  }
  return (
    <span data-amount="">
      {number}
      {/\s/.test(unit) ? ' ' : '\u00a0'}
      <span className={unitClassName}>{unit}</span>
    </span>
  );
}
