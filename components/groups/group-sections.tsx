import Link from "next/link";
import { Tag, type TagColour } from "@/components/ui/tag";
import { LinkCell, Cell, DataTable } from "@/components/ui/data-table";
import { EmptyText, TitledSection } from "@/components/ui/titled-section";
import { CaseCell } from "@/components/home/case-link";
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
/** The row-actions column, there only for those who may change the group. */
const actionsColumn = (mayWrite: boolean) => (mayWrite ? [{ label: "Actions", hidden: true }] : []);

type SectionProps<T> = { groupId: number; mayWrite: boolean } & T;

/** The secondary button under a section, for those who may change the group. */
function AddButton({ show, href, children }: { show: boolean; href: string; children: string }) {
  return show ? (
    <Link className="govuk-button govuk-button--secondary" href={href}>
      {children}
    </Link>
  ) : null;
}

export function GroupMembers({ groupId, members, mayWrite }: SectionProps<{ members: GroupMemberRow[] }>) {
  return (
    <TitledSection titleId="members-title" title="Members">
      {members.length === 0 ? (
        <EmptyText>No members recorded.</EmptyText>
      ) : (
        <DataTable
          caption="Members, current first"
          testId="group-members"
          columns={["Name", "Role", "From", "To", ...actionsColumn(mayWrite)]}
        >
          {members.map((m) => (
            <tr className="govuk-table__row" key={m.id}>
              <LinkCell href={`/persons/${m.personId}`}>{m.name}</LinkCell>
              <Cell>{cap(m.role)}</Cell>
              <Cell>{formatDate(m.startOn)}</Cell>
              <Cell>
                {m.endOn ? formatDate(m.endOn) : m.active ? <Tag colour="green">Current</Tag> : "Not started"}
              </Cell>
              {mayWrite ? (
                <Cell>
                  {m.endOn === null ? (
                    <Link className="govuk-link" href={`/groups/${groupId}/members/${m.id}/end`}>
                      End membership<span className="govuk-visually-hidden"> of {m.name}</span>
                    </Link>
                  ) : null}
                </Cell>
              ) : null}
            </tr>
          ))}
        </DataTable>
      )}
      <AddButton show={mayWrite} href={`/groups/${groupId}/members/add`}>
        Add a member
      </AddButton>
    </TitledSection>
  );
}

export function GroupOffences({
  groupId,
  offences,
  mayWrite,
}: SectionProps<{ offences: GroupOffenceRow[] }>) {
  return (
    <TitledSection titleId="offences-title" title="Linked offences" id="offences">
      {offences.length === 0 ? (
        <EmptyText>No offences linked.</EmptyText>
      ) : (
        <DataTable
          caption="Linked offences, newest first"
          testId="group-offences"
          columns={["Crime reference", "Offence", "Occurred", "Knife used"]}
        >
          {offences.map((o) => (
            <tr className="govuk-table__row" key={o.offenceId}>
              <CaseCell offenceId={o.offenceId} crimeReference={o.crimeReference} />
              <Cell>{o.offence}</Cell>
              <Cell>{formatDate(o.occurredOn)}</Cell>
              <Cell>{o.knifeUsed ? "Yes" : "No"}</Cell>
            </tr>
          ))}
        </DataTable>
      )}
      <AddButton show={mayWrite} href={`/groups/${groupId}/offences/link`}>
        Link an offence
      </AddButton>
    </TitledSection>
  );
}

export function GroupPlan({ groupId, lines, mayWrite }: SectionProps<{ lines: GroupPlanLineRow[] }>) {
  return (
    <TitledSection titleId="plan-title" title="4P plan" id="plan">
      {FOUR_PS.map((strand) => {
        const own = lines.filter((l) => l.strand === strand);
        return (
          <div key={strand} data-testid={`plan-${strand.toLowerCase()}`}>
            <h3 className="govuk-heading-s">{FOUR_P_LABELS[strand]}</h3>
            {own.length === 0 ? (
              <EmptyText>No {FOUR_P_LABELS[strand].toLowerCase()} lines.</EmptyText>
            ) : (
              <DataTable
                caption={`${FOUR_P_LABELS[strand]} lines`}
                columns={["What", "Owner", "Status", "Due", ...actionsColumn(mayWrite)]}
              >
                {own.map((l) => (
                  <tr className="govuk-table__row" key={l.id}>
                    <Cell>{l.description}</Cell>
                    <Cell>{l.owner}</Cell>
                    <Cell>
                      <Tag colour={STATUS_COLOURS[l.status]}>{PLAN_LINE_STATUS_LABELS[l.status]}</Tag>
                    </Cell>
                    <Cell>{l.dueOn ? formatDate(l.dueOn) : "None set"}</Cell>
                    {mayWrite ? (
                      <Cell>
                        <Link className="govuk-link" href={`/groups/${groupId}/plan/${l.id}`}>
                          Change<span className="govuk-visually-hidden"> {l.description}</span>
                        </Link>
                      </Cell>
                    ) : null}
                  </tr>
                ))}
              </DataTable>
            )}
          </div>
        );
      })}
      <AddButton show={mayWrite} href={`/groups/${groupId}/plan/add`}>
        Add a plan line
      </AddButton>
    </TitledSection>
  );
}
