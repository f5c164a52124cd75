import Link from "next/link";
import type { ReactNode } from "react";

// A paragraph that is one link ("Back to home", "View network", "Deployments by period"): the
// pages wrote out the same GOV.UK paragraph and link classes around it each time.

export function LinkParagraph({
  href,
  testId,
  children,
}: {
  href: string;
  testId?: string;
  /** The link's text. */
  children: ReactNode;
}) {
  return (
    <p className="govuk-body">
      <Link className="govuk-link" href={href} data-testid={testId}>
        {children}
      </Link>
    </p>
  );
}
