import Link from "next/link";
import { LinkedIntelligence } from "@/components/intelligence/linked-intelligence";
import { formatDate } from "@/lib/dates/format";
import { PERSON_ROLE_LABELS } from "@/lib/labels/person-role";
import type { PersonRecord } from "@/lib/person-record/person-record";

// The linked sections of a person record. Server components: they render DTOs only.

export function PersonOffences({ offences }: { offences: PersonRecord["offences"] }) {
  return (
    <section aria-labelledby="offences-title">
      <h2 className="govuk-heading-m" id="offences-title">
        Offences
      </h2>
      {offences.length === 0 ? (
        <p className="govuk-body">Not linked to any offence.</p>
      ) : (
        <table className="govuk-table" data-testid="person-offences">
          <caption className="govuk-table__caption govuk-visually-hidden">
            Offences this person appears in, newest first
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Crime reference
              </th>
              <th scope="col" className="govuk-table__header">
                Offence
              </th>
              <th scope="col" className="govuk-table__header">
                Occurred
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
            {offences.map((o) => (
              <tr className="govuk-table__row" key={`${o.offenceId}-${o.role}`}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" href={`/offences/${o.offenceId}`}>
                    {o.crimeReference}
                  </Link>
                </td>
                <td className="govuk-table__cell">
                  {o.offence}
                  {o.knifeUsed ? " (knife used)" : ""}
                </td>
                <td className="govuk-table__cell">{formatDate(o.occurredOn)}</td>
                <td className="govuk-table__cell">{PERSON_ROLE_LABELS[o.role]}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{o.ageAtTime ?? "Not known"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function PersonIntelligence({
  intelligence,
}: {
  intelligence: NonNullable<PersonRecord["intelligence"]>;
}) {
  return (
    <section aria-labelledby="intel-title">
      <h2 className="govuk-heading-m" id="intel-title">
        Intelligence
      </h2>
      <LinkedIntelligence
        items={intelligence.items}
        restricted={intelligence.restricted}
        empty="No intelligence linked."
        testId="person-intelligence"
      />
    </section>
  );
}

export function PersonReferrals({ referrals }: { referrals: NonNullable<PersonRecord["referrals"]> }) {
  return (
    <section aria-labelledby="referrals-title">
      <h2 className="govuk-heading-m" id="referrals-title">
        Referrals
      </h2>
      {referrals.length === 0 ? (
        <p className="govuk-body">No referrals.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {referrals.map((r) => (
            <li key={r.id}>
              {r.provider} ({r.pathway}): {r.state.toLowerCase()}, referred {formatDate(r.referredOn)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function PersonActions({ actions }: { actions: PersonRecord["actions"] }) {
  return (
    <section aria-labelledby="actions-title">
      <h2 className="govuk-heading-m" id="actions-title">
        Actions
      </h2>
      {actions.length === 0 ? (
        <p className="govuk-body">No actions you can see.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {actions.map((a) => (
            <li key={a.id}>
              {a.title}: {a.status.toLowerCase()}, due {formatDate(a.dueOn)} ({a.owner})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
