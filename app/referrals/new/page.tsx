import type { Metadata } from "next";
import { NarrowPage } from "@/components/ui/narrow-page";
import { notFound } from "next/navigation";
import { CreateReferralForm } from "@/components/referrals/create-referral-form.deferred";
import { AccessReasonForm } from "@/components/persons/access-reason-form.deferred";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { todayInUk } from "@/lib/dates/day";
import { isAppError } from "@/lib/errors";
import { getReferralFormOptions } from "@/lib/referrals/server/get-referral-form-options";
import { recordIdSchema } from "@/lib/ids/record-id";
import type { SearchParams } from "@/app/search-params";

const TITLE = "Refer to an intervention";
export const metadata: Metadata = { title: TITLE };

type Props = { searchParams: SearchParams };

const optionalId = recordIdSchema.nullable().catch(null);
const idFrom = (value: string | string[] | undefined) =>
  typeof value === "string" ? optionalId.parse(value) : null;

/** Opened from a person record (?person=) or an offence record's interventions (?offence=). */
export default async function NewReferralPage({ searchParams }: Props) {
  const actor = await requirePageActor("referrals.create");
  const query = await searchParams;
  const personId = idFrom(query.person);
  const offenceId = idFrom(query.offence);
  if (personId === null && offenceId === null) notFound();
  const result = await getReferralFormOptions({ actor, personId, offenceId }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (result.status === "reason-required") return <AccessReasonForm context={result.context} />;
  const options = result.options;
  const backHref = offenceId !== null ? `/offences/${offenceId}/interventions` : `/persons/${personId}`;
  const today = todayInUk();
  return (
    <NarrowPage back={{ href: backHref, text: "Back" }}>
      {options.persons.length === 0 ? (
        <>
          <h1 className="govuk-heading-l">{TITLE}</h1>
          <p className="govuk-body">This offence has no victim or suspect to refer.</p>
        </>
      ) : (
        <CreateReferralForm options={options} today={today} title={TITLE} backHref={backHref} />
      )}
    </NarrowPage>
  );
}
