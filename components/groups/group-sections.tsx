import Link from "next/link";
import { Tag, type TagColour } from "@/components/ui/tag";
import { formatDate } from "@/lib/dates/format";
import { FOUR_P_LABELS, FOUR_PS, PLAN_LINE_STATUS_LABELS } from "@/lib/groups/labels";
import type { GroupMemberRow, GroupOffenceRow, GroupPlanLineRow } from "@/lib/groups/types";
import type { PlanLineStatus } from "@/lib/enums";

// The group record's sections. Server components: DTOs only.

const STATUS_COLOURS: Record<PlanLineStatus, TagColour> = {
  NOT_STARTED: "grey",
  IN_PROGRESS: "blue",
  COMPLETED: "green",
  STOPPED: "red",
};
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function GroupMembers({
  groupId,
  members,
  mayWrite,
}: {
  groupId: number;
  members: GroupMemberRow[];
  mayWrite: boolean;
}) {
  return (
    <section aria-labelledby="members-title">
      <h2 className="govuk-heading-m" id="members-title">
        Members
      </h2>
      {members.length === 0 ? (
        <p className="govuk-body">No members recorded.</p>
      ) : (
        <table className="govuk-table" data-testid="group-members">
          <caption className="govuk-table__caption govuk-visually-hidden">Members, current first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Name
              </th>
              <th scope="col" className="govuk-table__header">
                Role
              </th>
              <th scope="col" className="govuk-table__header">
                From
              </th>
              <th scope="col" className="govuk-table__header">
                To
              </th>
              {mayWrite ? (
                <th scope="col" className="govuk-table__header">
                  <span className="govuk-visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {members.map((m) => (
              <tr className="govuk-table__row" key={m.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" href={`/persons/${m.personId}`}>
                    {m.name}
                  </Link>
                </td>
                <td className="govuk-table__cell">{cap(m.role)}</td>
                <td className="govuk-table__cell">{formatDate(m.startOn)}</td>
                <td className="govuk-table__cell">
                  {m.endOn ? (
                    formatDate(m.endOn)
                  ) : m.active ? (
                    <Tag colour="green">Current</Tag>
                  ) : (
                    "Not started"
                  )}
                </td>
                {mayWrite ? (
                  <td className="govuk-table__cell">
                    {m.endOn === null ? (
                      <Link className="govuk-link" href={`/groups/${groupId}/members/${m.id}/end`}>
                        End membership<span className="govuk-visually-hidden"> of {m.name}</span>
                      </Link>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mayWrite ? (
        <Link className="govuk-button govuk-button--secondary" href={`/groups/${groupId}/members/add`}>
          Add a member
        </Link>
      ) : null}
    </section>
  );
}

export function GroupOffences({
  groupId,
  offences,
  mayWrite,
}: {
  groupId: number;
  offences: GroupOffenceRow[];
  mayWrite: boolean;
}) {
  return (
    <section aria-labelledby="offences-title" id="offences">
      <h2 className="govuk-heading-m" id="offences-title">
        Linked offences
      </h2>
      {offences.length === 0 ? (
        <p className="govuk-body">No offences linked.</p>
      ) : (
        <table className="govuk-table" data-testid="group-offences">
          <caption className="govuk-table__caption govuk-visually-hidden">
            Linked offences, newest first
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
                Knife used
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {offences.map((o) => (
              <tr className="govuk-table__row" key={o.offenceId}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" href={`/offences/${o.offenceId}`}>
                    {o.crimeReference}
                  </Link>
                </td>
                <td className="govuk-table__cell">{o.offence}</td>
                <td className="govuk-table__cell">{formatDate(o.occurredOn)}</td>
                <td className="govuk-table__cell">{o.knifeUsed ? "Yes" : "No"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mayWrite ? (
        <Link className="govuk-button govuk-button--secondary" href={`/groups/${groupId}/offences/link`}>
          Link an offence
        </Link>
      ) : null}
    </section>
  );
}

export function GroupPlan({
  groupId,
  lines,
  mayWrite,
}: {
  groupId: number;
  lines: GroupPlanLineRow[];
  mayWrite: boolean;
}) {
  return (
    <section aria-labelledby="plan-title" id="plan">
      <h2 className="govuk-heading-m" id="plan-title">
        4P plan
      </h2>
      {FOUR_PS.map((strand) => {
        const own = lines.filter((l) => l.strand === strand);
        return (
          <div key={strand} data-testid={`plan-${strand.toLowerCase()}`}>
            <h3 className="govuk-heading-s">{FOUR_P_LABELS[strand]}</h3>
            {own.length === 0 ? (
              <p className="govuk-body">No {FOUR_P_LABELS[strand].toLowerCase()} lines.</p>
            ) : (
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-visually-hidden">
                  {FOUR_P_LABELS[strand]} lines
                </caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      What
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Owner
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Status
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Due
                    </th>
                    {mayWrite ? (
                      <th scope="col" className="govuk-table__header">
                        <span className="govuk-visually-hidden">Actions</span>
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {own.map((l) => (
                    <tr className="govuk-table__row" key={l.id}>
                      <td className="govuk-table__cell">{l.description}</td>
                      <td className="govuk-table__cell">{l.owner}</td>
                      <td className="govuk-table__cell">
                        <Tag colour={STATUS_COLOURS[l.status]}>{PLAN_LINE_STATUS_LABELS[l.status]}</Tag>
                      </td>
                      <td className="govuk-table__cell">{l.dueOn ? formatDate(l.dueOn) : "None set"}</td>
                      {mayWrite ? (
                        <td className="govuk-table__cell">
                          <Link className="govuk-link" href={`/groups/${groupId}/plan/${l.id}`}>
                            Change<span className="govuk-visually-hidden"> {l.description}</span>
                          </Link>
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        );
      })}
      {mayWrite ? (
        <Link className="govuk-button govuk-button--secondary" href={`/groups/${groupId}/plan/add`}>
          Add a plan line
        </Link>
      ) : null}
    </section>
  );
}
