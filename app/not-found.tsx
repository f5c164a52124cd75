import type { Metadata } from "next";
import { NarrowPage } from "@/components/ui/narrow-page";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <NarrowPage>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="govuk-body">
        If the web address is correct or you selected a link or button, the record may have been moved, or you
        may not have access to it.{" "}
        <Link className="govuk-link" href="/">
          Go to the home page
        </Link>
        .
      </p>
    </NarrowPage>
  );
}
