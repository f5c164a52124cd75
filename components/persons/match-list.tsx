"use client";

import { useEffect } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { pageTitle } from "@/components/ui/field-error";
import { summaryItems, useActionErrors } from "@/components/forms/use-action-errors";
import { RoleRadios } from "@/components/persons/role-radios";
import { addPersonToOffenceAction } from "@/app/offences/[id]/people/add/actions";
import { addPersonToOffenceSchema } from "@/lib/persons/schemas";
import { formatDate } from "@/lib/dates/format";
import { displayName } from "@/lib/labels/person-name";
import { Form } from "@/components/forms/form";

export type MatchRow = {
  id: number;
  surname: string;
  forenames: string;
  dateOfBirth: Date | null;
  npu: string | null;
  offenceCount: number;
  sameDateOfBirth: boolean;
};

const roleSchema = addPersonToOffenceSchema.pick({ role: true });
type RoleValues = z.input<typeof roleSchema>;
const FIELDS = ["role"] as const;

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
  const router = useRouter();
  const form = useForm<RoleValues, unknown, z.output<typeof roleSchema>>({
    resolver: zodResolver(roleSchema),
    shouldFocusError: false,
    defaultValues: { role: "" as never },
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const server = useActionErrors(form, FIELDS);
  const summary = summaryItems(FIELDS, errors, server.formError);

  useEffect(() => {
    document.title = pageTitle(`${title} – Captiva Guardian`, summary.length > 0);
  }, [summary.length, title]);

  const add = (person: MatchRow) =>
    form.handleSubmit(async ({ role }) => {
      server.clear();
      const result = await server.send(() =>
        addPersonToOffenceAction({ offenceId, personId: person.id, role }),
      );
      if (result.ok) {
        router.push(`/offences/${offenceId}/people/add?added=${encodeURIComponent(displayName(person))}`);
        router.refresh();
      } else server.apply(result.error);
    });

  return (
    <>
      <ErrorSummary errors={summary} focusKey={submitCount + server.attempts} />
      <Form onSubmit={(e) => e.preventDefault()} data-testid="match-list">
        <RoleRadios field={form.register("role")} error={errors.role?.message} />
        <h2 className="govuk-heading-m">Possible matches</h2>
        {matches.length === 0 ? (
          <p className="govuk-body">Nobody on record matches these details.</p>
        ) : (
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">
              {matches.length === 1 ? "1 person" : `${matches.length} people`} on record may be this person.
              Check before creating a new record.
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Name
                </th>
                <th scope="col" className="govuk-table__header">
                  Date of birth
                </th>
                <th scope="col" className="govuk-table__header">
                  NPU
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Offences
                </th>
                <th scope="col" className="govuk-table__header">
                  <span className="govuk-visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {matches.map((m) => (
                <tr className="govuk-table__row" key={m.id} data-testid={`match-${m.id}`}>
                  <td className="govuk-table__cell">{displayName(m)}</td>
                  <td className="govuk-table__cell">
                    {m.dateOfBirth ? formatDate(m.dateOfBirth) : "Not known"}
                    {m.sameDateOfBirth ? (
                      <strong className="govuk-tag govuk-tag--green govuk-!-margin-left-1">Same</strong>
                    ) : null}
                  </td>
                  <td className="govuk-table__cell">{m.npu ?? "Not known"}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{m.offenceCount}</td>
                  <td className="govuk-table__cell">
                    <button
                      type="button"
                      className="govuk-button govuk-!-margin-bottom-0"
                      disabled={isSubmitting}
                      onClick={add(m)}
                    >
                      Add this person<span className="govuk-visually-hidden"> ({displayName(m)})</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
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
