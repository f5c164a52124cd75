import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { ActionStatusTag, InvestigationStatusTag, ReferralStateTag } from "@/components/home/status-tags";
import { formatDate, formatDateTime } from "@/lib/dates/format";
import { PERSON_ROLE_LABELS } from "@/lib/labels/person-role";
import type { RunItemFacts } from "@/lib/meetings/types";
import { Cell, DataTable } from "@/components/ui/data-table";

// The case facts on the chair's item screen, so the chair never leaves the meeting to read the
// case. Links to full records open in a new tab (the meeting stays where it was).

const yesNo = (b: boolean) => (b ? "Yes" : "No");

function NewTabLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a className="govuk-link" href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="govuk-visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

export function ItemFacts({ facts, why }: { facts: RunItemFacts; why: string | null }) {
  const { offence, investigation, intelligence } = facts;
  return (
    <div data-testid="item-facts">
      {why || investigation?.scrutiny ? (
        <>
          <h2 className="govuk-heading-m">Why it is on the agenda</h2>
          {why ? <p className="govuk-body">{why}</p> : null}
          {investigation?.scrutiny ? (
            <p className="govuk-body" data-testid="scrutiny-reason">
              Flagged for scrutiny
              {investigation.scrutiny.flaggedBy ? ` by ${investigation.scrutiny.flaggedBy}` : ""}
              {investigation.scrutiny.flaggedAt
                ? ` on ${formatDate(investigation.scrutiny.flaggedAt)}`
                : ""}: {investigation.scrutiny.reason || "no reason given"}
            </p>
          ) : null}
        </>
      ) : null}

      {offence ? (
        <>
          <h2 className="govuk-heading-m">The offence</h2>
          <SummaryList
            rows={[
              { label: "Crime reference", value: offence.crimeReference },
              { label: "Offence", value: `${offence.offenceCode} ${offence.offence}` },
              { label: "Occurred", value: formatDate(offence.occurredOn) },
              { label: "Recorded", value: formatDate(offence.recordedOn) },
              { label: "Place", value: offence.place },
              { label: "Knife used", value: yesNo(offence.knifeUsed) },
              { label: "Knife recovered", value: yesNo(offence.knifeRecovered) },
            ]}
          />
          <p className="govuk-body">
            <NewTabLink href={`/offences/${offence.id}`}>
              Open the full record of {offence.crimeReference}
            </NewTabLink>
          </p>
        </>
      ) : null}

      {facts.people.length > 0 ? (
        <DataTable
          caption="People"
          captionSize="m"
          testId="item-people"
          columns={["Name", "Role", "Age", "Flags"]}
        >
          {facts.people.map((p) => (
            <tr className="govuk-table__row" key={`${p.personId}-${p.role}`}>
              <Cell>
                <NewTabLink href={`/persons/${p.personId}`}>{p.name}</NewTabLink>
              </Cell>
              <Cell>{PERSON_ROLE_LABELS[p.role]}</Cell>
              <Cell>{p.age ?? "Not known"}</Cell>
              <Cell>
                {p.flags.length === 0
                  ? "None"
                  : p.flags.map((f) => (
                      <Tag key={f} colour="grey" className="govuk-!-margin-right-1">
                        {f}
                      </Tag>
                    ))}
              </Cell>
            </tr>
          ))}
        </DataTable>
      ) : null}

      {investigation ? (
        <>
          <h2 className="govuk-heading-m">Investigation</h2>
          <SummaryList
            rows={[
              { label: "Officer in charge", value: investigation.oic ?? "Not allocated" },
              { label: "Status", value: <InvestigationStatusTag status={investigation.status} /> },
              {
                label: "Last update",
                value: investigation.lastUpdate
                  ? `${formatDateTime(investigation.lastUpdate.at)}, ${investigation.lastUpdate.author}: ${investigation.lastUpdate.body}`
                  : "No updates recorded",
              },
              {
                label: "Next review",
                value: investigation.nextReviewOn ? formatDate(investigation.nextReviewOn) : "Not set",
              },
            ]}
          />
        </>
      ) : null}

      {intelligence ? (
        <>
          <h2 className="govuk-heading-m">Intelligence</h2>
          <p className="govuk-body" data-testid="item-intel-counts">
            P (sharing permitted): {intelligence.open}
            {intelligence.restricted != null ? ` · C (with conditions): ${intelligence.restricted}` : ""}
          </p>
          {intelligence.items && intelligence.items.length > 0 ? (
            <ul className="govuk-list">
              {intelligence.items.map((i) =>
                i.restricted ? null : (
                  <li key={i.id}>
                    <NewTabLink href={`/intelligence/${i.id}`}>{i.reference}</NewTabLink> ({i.grading},
                    received {formatDate(i.receivedOn)}): {i.text}
                    {i.handlingConditions ? (
                      <strong className="govuk-!-display-block">Conditions: {i.handlingConditions}</strong>
                    ) : null}
                  </li>
                ),
              )}
            </ul>
          ) : null}
        </>
      ) : null}

      {facts.referrals.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">Referrals</h2>
          <ul className="govuk-list">
            {facts.referrals.map((r) => (
              <li key={r.id}>
                {r.person}: {r.provider} ({r.pathway}) <ReferralStateTag state={r.state} /> since{" "}
                {formatDate(r.stateChangedOn)}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {facts.earlierDecisions.length > 0 || facts.earlierActions.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">Earlier meetings on this case</h2>
          {facts.earlierDecisions.length > 0 ? (
            <ul className="govuk-list" data-testid="earlier-decisions">
              {facts.earlierDecisions.map((d) => (
                <li key={d.id}>
                  Decision ({d.meeting}): {d.text}. Rationale: {d.rationale}
                </li>
              ))}
            </ul>
          ) : null}
          {facts.earlierActions.length > 0 ? (
            <ul className="govuk-list" data-testid="earlier-actions">
              {facts.earlierActions.map((a) => (
                <li key={a.id}>
                  <NewTabLink href={`/actions/${a.id}`}>{a.title}</NewTabLink> – {a.owner}, due{" "}
                  {formatDate(a.dueOn)}
                  {a.meeting ? `, raised ${a.meeting}` : ""} <ActionStatusTag status={a.status} />
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
