"use client";

import { NarrowPage } from "@/components/ui/narrow-page";
import { useEffect } from "react";
import { LinkParagraph } from "@/components/page/link-paragraph";

// Shown inside the layout when a page fails. It never shows the error: a server error reaches
// the browser as a generic message with a digest, which is logged on the server with the detail.

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : undefined;

  useEffect(() => {
    document.title = "Sorry, there is a problem with the service – Captiva Guardian";
  }, []);

  return (
    <NarrowPage>
      <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
      <p className="govuk-body">Try again later. Anything you had not saved may have been lost.</p>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={() => retry()}>
        Try again
      </button>
      <LinkParagraph href="/">Go to the home page</LinkParagraph>
      {digest ? (
        <p className="govuk-body-s">
          If you report this problem, quote reference <strong>{digest}</strong>.
        </p>
      ) : null}
    </NarrowPage>
  );
}
