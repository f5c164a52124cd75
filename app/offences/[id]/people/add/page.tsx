import type { Metadata } from "next";
import { ForeignSearchNotice } from "@/components/ui/foreign-search-notice";
import { NarrowPage } from "@/components/ui/narrow-page";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SuccessBanner } from "@/components/forms/saved-banner";
import { PersonSearchForm } from "@/components/persons/person-search-form";
import { MatchList } from "@/components/persons/match-list.deferred";
import { CreatePersonForm } from "@/components/persons/create-person-form.deferred";
import { OffencePeopleList } from "@/components/persons/offence-people-list";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { fieldErrorsFromZod } from "@/lib/actions/action-result";
import { formatDate } from "@/lib/dates/format";
import { getOffenceForPeopleStep } from "@/lib/offences/server/get-offence-for-people-step";
import { findPersonMatches } from "@/lib/persons/server/find-person-matches";
import { personSearchSchema } from "@/lib/persons/schemas";
import { loadOrNotFound, routeId } from "@/lib/ids/route-id";
import { readSealedQuery, SEALED_PARAM, sealQuery } from "@/lib/security/sealed-query";
import { LinkParagraph } from "@/components/page/link-paragraph";
import type { Query } from "@/app/search-params";

const TITLE = "Add a person to the offence";
export const metadata: Metadata = { title: TITLE };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Query> };

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value.slice(0, 100) : "");

/**
 * Find before create: search by name and date of birth, see who may already be on record, add
 * them — and only then, if none of them is the person, create a new record.
 */
export default async function AddPersonPage({ params, searchParams }: Props) {
  const actor = await requirePageActor("offences.write");
  const offenceId = routeId((await params).id);
  // The name and date of birth searched for arrive sealed (lib/security/sealed-query.ts), never
  // in plain text in the address; only these flags travel plain.
  const { query, foreign } = readSealedQuery(actor.id, await searchParams, ["create", "created", "added"]);
  const offence = await loadOrNotFound(() => getOffenceForPeopleStep({ actor, offenceId }));

  const values = {
    surname: one(query.surname),
    forenames: one(query.forenames),
    dateOfBirth: { day: one(query.day), month: one(query.month), year: one(query.year) },
  };
  const searched = "surname" in query;
  const parsed = searched ? personSearchSchema.safeParse(values) : null;
  const errors = parsed && !parsed.success ? fieldErrorsFromZod(parsed.error) : {};
  const fieldErrors = {
    surname: errors.surname?.[0],
    forenames: errors.forenames?.[0],
    dateOfBirth: errors.dateOfBirth?.[0],
  };
  const summary = Object.entries(fieldErrors).flatMap(([fieldId, message]) =>
    message ? [{ fieldId, message }] : [],
  );
  const matches = parsed?.success ? await findPersonMatches({ actor, input: parsed.data }) : null;
  const base = `/offences/${offenceId}/people/add`;
  const sealedSearch = `${SEALED_PARAM}=${sealQuery(
    actor.id,
    new URLSearchParams({ surname: values.surname, forenames: values.forenames, ...values.dateOfBirth }),
  )}`;
  const creating = parsed?.success === true && one(query.create) === "1";
  // `added` is the person's id: their name is shown from the offence's own list, not the address.
  const added = offence.people.find((p) => String(p.personId) === one(query.added))?.name;

  return (
    <NarrowPage back={{ href: `/offences/${offenceId}`, text: "Back to the offence" }}>
      <ErrorSummary errors={summary} />
      {one(query.created) === "1" ? (
        <SuccessBanner
          message={`Offence ${offence.crimeReference} recorded. Now add the people involved.`}
          testId="offence-created"
        />
      ) : null}
      <ForeignSearchNotice foreign={foreign} />
      {added ? <SuccessBanner message={`${added} added to the offence.`} testId="person-added" /> : null}
      <span className="govuk-caption-l">
        {offence.crimeReference} · {offence.offence} · {formatDate(offence.occurredOn)}
        {offence.knifeUsed ? " · knife used" : ""}
      </span>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <OffencePeopleList
        offenceId={offenceId}
        people={offence.people}
        youngestVictimAge={offence.youngestVictimAge}
      />
      {creating ? (
        <CreatePersonForm
          offenceId={offenceId}
          title={TITLE}
          backHref={`${base}?${sealedSearch}`}
          prefill={{
            surname: values.surname,
            forenames: values.forenames,
            dateOfBirth: values.dateOfBirth,
          }}
        />
      ) : (
        <>
          <h2 className="govuk-heading-m">Search for the person first</h2>
          <p className="govuk-body">
            They may already be on record, perhaps with a different spelling or their names the other way
            round.
          </p>
          <PersonSearchForm to={base} values={values} errors={fieldErrors} />
          {matches ? (
            <MatchList
              offenceId={offenceId}
              matches={matches}
              createHref={`${base}?${sealedSearch}&create=1`}
              title={TITLE}
            />
          ) : null}
        </>
      )}
      <LinkParagraph href={`/offences/${offenceId}`} testId="finish-people">
        Finish adding people
      </LinkParagraph>
    </NarrowPage>
  );
}
