import type { Metadata } from "next";
import { NarrowPage } from "@/components/ui/narrow-page";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MergeForm } from "@/components/persons/merge-form.deferred";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { isAppError } from "@/lib/errors";
import { getMergeComparison } from "@/lib/persons/server/get-merge-comparison";
import { parseRecordId } from "@/lib/ids/record-id";
import type { SearchParams } from "@/app/search-params";

const TITLE = "Merge duplicate person records";
export const metadata: Metadata = { title: TITLE };

type Props = { searchParams: SearchParams };

const idOf = (value: string | string[] | undefined) =>
  typeof value === "string" ? parseRecordId(value) : null;

export default async function MergePersonsPage({ searchParams }: Props) {
  const actor = await requirePageActor("persons.write");
  const query = await searchParams;
  const a = idOf(query.a);
  const b = idOf(query.b);

  if (a === null || b === null || a === b) {
    return (
      <NarrowPage>
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <form method="get" action="/persons/merge" data-testid="merge-pick">
          {(
            [
              ["a", "First", a],
              ["b", "Second", b],
            ] as const
          ).map(([field, which, value]) => (
            <div className="govuk-form-group" key={field}>
              <label className="govuk-label govuk-label--s" htmlFor={field}>
                {which} person&apos;s record number
              </label>
              <input
                className="govuk-input govuk-input--width-10"
                id={field}
                name={field}
                inputMode="numeric"
                defaultValue={value ?? ""}
              />
            </div>
          ))}
          <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
            Compare the records
          </button>
        </form>
      </NarrowPage>
    );
  }

  const sides = await getMergeComparison({ actor, a, b }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const alreadyMerged = sides.a.mergedIntoId !== null || sides.b.mergedIntoId !== null;
  return (
    <>
      <Link href={`/persons/${a}`} className="govuk-back-link">
        Back to the person
      </Link>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      {alreadyMerged ? (
        <p className="govuk-body">One of these records has already been merged. Undo that merge first.</p>
      ) : (
        <MergeForm a={sides.a} b={sides.b} />
      )}
    </>
  );
}
