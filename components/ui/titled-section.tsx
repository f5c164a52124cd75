import type { ReactNode } from "react";

// A record page's section: a region named by its `govuk-heading-m` heading, so screen readers list
// it and tests find it by name. One home for the section scaffold the person, group, referral,
// intelligence and hotspot pages repeated.

type Props = {
  /** The heading's id (the section's accessible name points at it). */
  titleId: string;
  title: ReactNode;
  /** An anchor for links into the page ("#offences"). */
  id?: string;
  testId?: string;
  /** Spacing around the section (`govuk-!-margin-top-6`). */
  className?: string;
  /** The heading's classes when it is not a medium heading. */
  headingClassName?: string;
  children: ReactNode;
};

export function TitledSection({
  titleId,
  title,
  id,
  testId,
  className,
  headingClassName = "govuk-heading-m",
  children,
}: Props) {
  return (
    <section className={className} aria-labelledby={titleId} id={id} data-testid={testId}>
      <h2 className={headingClassName} id={titleId}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** What a section says when it has nothing to list. */
export function EmptyText({ children }: { children: ReactNode }) {
  return <p className="govuk-body">{children}</p>;
}
