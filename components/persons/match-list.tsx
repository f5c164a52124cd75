"use client";

import { useRef } from "react";
import Link from "next/link";
import type { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { RoleRadios } from "@/components/persons/role-radios";
import { addPersonToOffenceAction } from "@/app/offences/[id]/people/add/actions";
import type { addPersonToOffenceSchema } from "@/lib/persons/schemas";
import type { PersonMatch } from "@/lib/persons/types";
import { formatDate } from "@/lib/dates/format";
import { displayName } from "@/lib/labels/person-name";
import { Form } from "@/components/forms/form";
import { Cell, DataTable } from "@/components/ui/data-table";

export type MatchRow = PersonMatch;

type RoleValues = Pick<z.input<typeof addPersonToOffenceSchema>, "role">;

/**
 * The people who may already be on record, each with "Add this person". "None of these" comes
 * after the list, so a new record is created only once the analyst has seen the candidates.
 */
export function MatchList({
  offenceId,
  matches,
  createHref,
  title,
}: {
  offenceId: number;
  matches: MatchRow[];
  createHref: string;
  title: string;
}) {
  // One form, a button per person: the button says who, the hook does the rest. The buttons are
  // not submit buttons, so Enter in the role radios never adds the first person on the list.
  const chosen = useRef<MatchRow | null>(null);
  const { bind, summary, onSubmit, focusKey, pending } = useFormAction<RoleValues>({
    schema: () =>
      import("@/lib/persons/schemas").then((m) => m.addPersonToOffenceSchema.pick({ role: true })),
    defaults: { role: "" as never },
    fields: ["role"],
    title,
    submit: (values) =>
      addPersonToOffenceAction({ offenceId, personId: chosen.current!.id, role: values.role }),
    // The person's id, not their name: names stay out of addresses.
    done: () => `/offences/${offenceId}/people/add?added=${chosen.current!.id}`,
  });
  const role = bind("role");
  const add = (person: MatchRow) => () => {
    chosen.current = person;
    void onSubmit();
  };

  return (
    <>
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <Form onSubmit={(e) => e.preventDefault()} data-testid="match-list">
        <RoleRadios field={role.field} error={role.error} />
        <h2 className="govuk-heading-m">Possible matches</h2>
        {matches.length === 0 ? (
          <p className="govuk-body">Nobody on record matches these details.</p>
        ) : (
          <DataTable
            caption={`${matches.length === 1 ? "1 person" : `${matches.length} people`} on record may be this person. Check before creating a new record.`}
            captionSize="s"
            columns={[
              "Name",
              "Date of birth",
              "NPU",
              { label: "Offences", numeric: true },
              { label: "Action", hidden: true },
            ]}
          >
            {matches.map((m) => (
              <tr className="govuk-table__row" key={m.id} data-testid={`match-${m.id}`}>
                <Cell>{displayName(m)}</Cell>
                <Cell>
                  {m.dateOfBirth ? formatDate(m.dateOfBirth) : "Not known"}
                  {m.sameDateOfBirth ? (
                    <strong className="govuk-tag govuk-tag--green govuk-!-margin-left-1">Same</strong>
                  ) : null}
                </Cell>
                <Cell>{m.npu ?? "Not known"}</Cell>
                <Cell numeric>{m.offenceCount}</Cell>
                <Cell>
                  <button
                    type="button"
                    className="govuk-button govuk-!-margin-bottom-0"
                    disabled={pending}
                    onClick={add(m)}
                  >
                    Add this person<span className="govuk-visually-hidden"> ({displayName(m)})</span>
                  </button>
                </Cell>
              </tr>
            ))}
          </DataTable>
        )}
      </Form>
      <p className="govuk-body">
        <Link className="govuk-link" href={createHref} data-testid="create-new-person">
          None of these – create a new person
        </Link>
      </p>
    </>
  );
}
