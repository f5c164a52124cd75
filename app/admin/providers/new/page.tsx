import type { Metadata } from "next";
import Link from "next/link";
import { ProviderForm } from "@/components/providers/provider-form";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";

const TITLE = "Add a provider";
export const metadata: Metadata = { title: TITLE };

export default async function NewProviderPage() {
  await requirePageActor("reference.manage");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href="/admin/providers" className="govuk-back-link">
          Back to providers
        </Link>
        <ProviderForm provider={null} title={TITLE} />
      </div>
    </div>
  );
}
