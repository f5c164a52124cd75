import type { Metadata } from "next";
import { NarrowPage } from "@/components/ui/narrow-page";
import Link from "next/link";

export const metadata: Metadata = { title: "You do not have access to this page" };

// Says no more than that: which records exist is itself information a role may not have.
export default function Forbidden() {
  return (
    <NarrowPage>
      <h1 className="govuk-heading-l">You do not have access to this page</h1>
      <p className="govuk-body">
        Your role does not allow you to see this page. The attempt has been recorded.
      </p>
      <p className="govuk-body">
        If you need access for your work, ask the forum&apos;s administrator.{" "}
        <Link className="govuk-link" href="/">
          Go to your home page
        </Link>
        .
      </p>
    </NarrowPage>
  );
}
