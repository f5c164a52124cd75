import Link from "next/link";
import type { ReactNode } from "react";

// The GOV.UK two-thirds layout of a page that holds one form, one task or one message (add, edit,
// change, sign in, errors), with its back link first when it has one. WidePage's counterpart; one
// home for the scaffold those pages each wrote out.

export function NarrowPage({
  back,
  children,
}: {
  back?: { href: string; text: string };
  children: ReactNode;
}) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {back ? (
          <Link href={back.href} className="govuk-back-link">
            {back.text}
          </Link>
        ) : null}
        {children}
      </div>
    </div>
  );
}
