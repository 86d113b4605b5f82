import type { ComponentProps, ReactNode } from 'react';

/**
 * A section named by its own heading: `<section aria-labelledby>` around an `<h2 id>`, the shape every long page
 * repeats. Other props go to the `<section>`.
 */
export function TitledSection({
  titleId,
  title,
  headingClassName = 'font-serif text-3xl font-bold',
  children,
  ...section
}: Omit<ComponentProps<'section'>, 'title'> & { titleId: string; title: ReactNode; headingClassName?: string }) {
  return (
    <section aria-labelledby={titleId} {...section}>
      <h2 id={titleId} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
