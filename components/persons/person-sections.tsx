import { LinkedIntelligence } from "@/components/intelligence/linked-intelligence";
import { CaseCell } from "@/components/home/case-link";
import { Cell, DataTable } from "@/components/ui/data-table";
import { EmptyText, TitledSection } from "@/components/ui/titled-section";
import { formatDate } from "@/lib/dates/format";
import { PERSON_ROLE_LABELS } from "@/lib/labels/person-role";
import type { PersonRecord } from "@/lib/person-record/person-record";

// The linked sections of a person record. Server components: they render DTOs only.

export function PersonOffences({ offences }: { offences: PersonRecord["offences"] }) {
  return (
    <TitledSection titleId="offences-title" title="Offences">
      {offences.length === 0 ? (
        <EmptyText>Not linked to any offence.</EmptyText>
      ) : (
        <DataTable
          caption="Offences this person appears in, newest first"
          testId="person-offences"
          columns={[
            "Crime reference",
            "Offence",
            "Occurred",
            "Role",
            { label: "Age at the time", numeric: true },
          ]}
        >
          {offences.map((o) => (
            <tr className="govuk-table__row" key={`${o.offenceId}-${o.role}`}>
              <CaseCell offenceId={o.offenceId} crimeReference={o.crimeReference} />
              <Cell>
                {o.offence}
                {o.knifeUsed ? " (knife used)" : ""}
              </Cell>
              <Cell>{formatDate(o.occurredOn)}</Cell>
              <Cell>{PERSON_ROLE_LABELS[o.role]}</Cell>
              <Cell numeric>{o.ageAtTime ?? "Not known"}</Cell>
            </tr>
          ))}
        </DataTable>
      )}
    </TitledSection>
  );
}

export function PersonIntelligence({
  intelligence,
}: {
  intelligence: NonNullable<PersonRecord["intelligence"]>;
}) {
  return (
    <TitledSection titleId="intel-title" title="Intelligence">
      <LinkedIntelligence
        items={intelligence.items}
        restricted={intelligence.restricted}
        empty="No intelligence linked."
        testId="person-intelligence"
      />
    </TitledSection>
  );
}

export function PersonReferrals({ referrals }: { referrals: NonNullable<PersonRecord["referrals"]> }) {
  return (
    <BulletSection
      titleId="referrals-title"
      title="Referrals"
      empty="No referrals."
      items={referrals.map(
        (r) =>
          [
            r.id,
            `${r.provider} (${r.pathway}): ${r.state.toLowerCase()}, referred ${formatDate(r.referredOn)}`,
          ] as const,
      )}
    />
  );
}

export function PersonActions({ actions }: { actions: PersonRecord["actions"] }) {
  return (
    <BulletSection
      titleId="actions-title"
      title="Actions"
      empty="No actions you can see."
      items={actions.map(
        (a) =>
          [a.id, `${a.title}: ${a.status.toLowerCase()}, due ${formatDate(a.dueOn)} (${a.owner})`] as const,
      )}
    />
  );
}

/** A section listing one line per record (key, text), or saying it has none. */
function BulletSection({
  titleId,
  title,
  empty,
  items,
}: {
  titleId: string;
  title: string;
  empty: string;
  items: (readonly [number, string])[];
}) {
  return (
    <TitledSection titleId={titleId} title={title}>
      {items.length === 0 ? (
        <EmptyText>{empty}</EmptyText>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {items.map(([key, text]) => (
            <li key={key}>{text}</li>
          ))}
        </ul>
      )}
    </TitledSection>
  );
}
