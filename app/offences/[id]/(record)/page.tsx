import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { can } from "@/lib/auth/permissions";
import { getOffenceRecord } from "@/lib/offences/server/get-offence-record";
import { loadOrNotFound, routeId } from "@/lib/ids/route-id";
import { OffencePeopleTable } from "@/components/persons/offence-people-table";
import { LinkParagraph } from "@/components/page/link-paragraph";

export const metadata: Metadata = { title: "Offence record – people" };

type Props = { params: Promise<{ id: string }> };

export default async function OffencePeoplePage({ params }: Props) {
  const actor = await requirePageActor("offences.read");
  const offenceId = routeId((await params).id);
  const { people } = await loadOrNotFound(() => getOffenceRecord({ actor, offenceId }));

  return (
    <>
      <h2 className="govuk-heading-m">People</h2>
      <LinkParagraph href={`/network?from=offence:${offenceId}`}>View network</LinkParagraph>
      {can(actor.role, "offences.write") ? (
        <div className="govuk-button-group">
          <Link className="govuk-button govuk-button--secondary" href={`/offences/${offenceId}/people/add`}>
            Add a person
          </Link>
          <Link className="govuk-link" href={`/offences/${offenceId}/edit`}>
            Edit the offence
          </Link>
        </div>
      ) : null}
      {people.length === 0 ? (
        <p className="govuk-body">No one is linked to this offence yet.</p>
      ) : (
        <OffencePeopleTable
          offenceId={offenceId}
          people={people.map((p) => ({ ...p, key: p.linkId }))}
          caption="People linked to this offence"
          testId="offence-people"
        />
      )}
    </>
  );
}
