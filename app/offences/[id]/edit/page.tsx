import type { Metadata } from "next";
import { NarrowPage } from "@/components/ui/narrow-page";
import Link from "next/link";
import { OffenceForm } from "@/components/offence-form/offence-form.deferred";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { getOffenceForEdit } from "@/lib/offences/server/get-offence-for-edit";
import { loadOrNotFound, routeId } from "@/lib/ids/route-id";

export const metadata: Metadata = { title: "Edit offence" };

type Props = { params: Promise<{ id: string }> };

export default async function EditOffencePage({ params }: Props) {
  const actor = await requirePageActor("offences.write");
  const id = routeId((await params).id);
  const offence = await loadOrNotFound(() => getOffenceForEdit({ actor, offenceId: id }));
  return (
    <NarrowPage back={{ href: `/offences/${offence.id}`, text: "Back to the offence" }}>
      <span className="govuk-caption-l">{offence.crimeReference}</span>
      <OffenceForm mode="edit" offenceId={offence.id} title="Edit offence" initial={offence.values} />
      <p className="govuk-body">
        <Link className="govuk-link" href={`/offences/${offence.id}/people/add`}>
          Add a person to this offence
        </Link>
      </p>
    </NarrowPage>
  );
}
