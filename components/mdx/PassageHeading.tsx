import type { ReactNode } from 'react';
import { PASSAGE_ATTR } from '../cite/passage-keys';
import { PassageLink } from './PassageLink';

/** Article h2/h3 with a link to itself, shown on hover or focus (see PassageLink). */
export function PassageHeading({
  level,
  id,
  href,
  children,
  anchorLabel,
}: {
  level: 2 | 3;
  id?: string;
  href?: string;
  children: ReactNode;
  anchorLabel: string;
}) {
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag id={id} {...{ [PASSAGE_ATTR.passage]: '' }}>
      {children}
      {id && <PassageLink href={href ?? `#${id}`} label={anchorLabel} mark="#" />}
    </Tag>
  );
}
