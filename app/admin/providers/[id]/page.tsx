import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ProviderForm } from "@/components/providers/provider-form";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { isAppError } from "@/lib/errors";
import { getProvider } from "@/lib/providers/server/get-provider";

const TITLE = "Edit provider";
export const metadata: Metadata = { title: TITLE };

type Props = { params: Promise<{ id: string }> };

const providerId = z.coerce.number().int().positive().max(2_147_483_647);

export default async function EditProviderPage({ params }: Props) {
  const actor = await requirePageActor("reference.manage");
  const id = providerId.safeParse((await params).id);
  if (!id.success) notFound();
  const provider = await getProvider({ actor, id: id.data }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href="/admin/providers" className="govuk-back-link">
          Back to providers
        </Link>
        <ProviderForm key={provider.version} provider={provider} title={`${TITLE}: ${provider.name}`} />
      </div>
    </div>
  );
}
