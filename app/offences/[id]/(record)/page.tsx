import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { can } from "@/lib/auth/permissions";
import { getOffenceRecord } from "@/lib/offences/server/get-offence-record";
import { loadOrNotFound, routeId } from "@/lib/ids/route-id";
import { PERSON_ROLE_LABELS } from "@/lib/labels/person-role";

export const metadata: Metadata = { title: "Offence record – people" };

type Props = { params: Promise<{ id: string }> };

export default async function OffencePeoplePage({ params }: Props) {
  const actor = await requirePageActor("offences.read");
  const offenceId = routeId((await params).id);
  const { people } = await loadOrNotFound(() => getOffenceRecord({ actor, offenceId }));

  return (
    <>
      <h2 className="govuk-heading-m">People</h2>
      <p className="govuk-body">
        <Link className="govuk-link" href={`/network?from=offence:${offenceId}`}>
          View network
        </Link>
      </p>
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
        <table className="govuk-table" data-testid="offence-people">
          <caption className="govuk-table__caption govuk-visually-hidden">
            People linked to this offence
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Name
              </th>
              <th scope="col" className="govuk-table__header">
                Role
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Age at the time
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {people.map((p) => (
              <tr className="govuk-table__row" key={p.linkId}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" href={`/persons/${p.personId}?context=offence:${offenceId}`}>
                    {p.name}
                  </Link>
                </td>
                <td className="govuk-table__cell">{PERSON_ROLE_LABELS[p.role]}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{p.ageAtTime ?? "Not known"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
