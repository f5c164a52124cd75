import type { Metadata } from "next";
import { ForeignSearchNotice } from "@/components/ui/foreign-search-notice";
import { NarrowPage } from "@/components/ui/narrow-page";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { isAppError } from "@/lib/errors";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import type { SearchOutcome } from "@/lib/search/search-dto";
import { searchEverything } from "@/lib/search/server/search-everything";
import { readSealedQuery } from "@/lib/security/sealed-query";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Search" };

type Props = { searchParams: SearchParams };

// The header search's results (issue 18): grouped by kind, best match first, each a link that opens
// the record as from anywhere else (a person's record asks for the reason first). Every role may
// search; each sees only what it could open (lib/search/server/search-everything.ts). The terms
// arrive sealed (app/search/run posts them there, lib/security/sealed-query.ts): never in plain text in the address.
export default async function SearchPage({ searchParams }: Props) {
  const actor = await requirePageActor();
  const { query, foreign, sealed } = readSealedQuery(actor.id, await searchParams);
  const raw = sealed ? (query.q ?? "") : undefined;
  const asked = typeof raw === "string";
  let outcome: SearchOutcome | null = null;
  let limited: string | null = null;
  if (typeof raw === "string") {
    try {
      outcome = await searchEverything({ actor, text: raw });
    } catch (error) {
      if (!isAppError(error) || error.code !== "RATE_LIMITED") throw error;
      limited = error.message;
    }
  }
  const shown = outcome?.text ?? (typeof raw === "string" ? raw.slice(0, MAX_QUERY_LENGTH) : "");
  const total = outcome?.status === "done" ? outcome.groups.reduce((n, g) => n + g.hits.length, 0) : 0;

  return (
    <NarrowPage>
      <h1 className="govuk-heading-l">Search</h1>
      <form method="post" action="/search/run" role="search" aria-label="Records" data-testid="search-form">
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="search-q">
            Name, crime reference, nominal id, intelligence reference, group or meeting date
          </label>
          <div className="govuk-hint" id="search-q-hint">
            Names may be misspelt or in either order. Every search is recorded with what was searched.
          </div>
          <input
            className="govuk-input"
            id="search-q"
            name="q"
            type="search"
            defaultValue={shown}
            maxLength={MAX_QUERY_LENGTH}
            aria-describedby="search-q-hint"
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Search
        </button>
      </form>

      <ForeignSearchNotice foreign={foreign} again="Type your search again." />
      {limited ? (
        <div className="govuk-inset-text" role="status" data-testid="search-limited">
          {limited}
        </div>
      ) : null}
      {outcome?.status === "refused" && asked ? (
        <div className="govuk-inset-text" role="status" data-testid="search-message">
          {outcome.message}
        </div>
      ) : null}
      {outcome?.status === "done" ? (
        <section aria-labelledby="search-results-title" data-testid="search-results">
          <h2 className="govuk-heading-m" id="search-results-title" role="status">
            {total === 0
              ? `No results for ‘${outcome.text}’`
              : `${total} ${total === 1 ? "result" : "results"} for ‘${outcome.text}’`}
          </h2>
          {outcome.notice ? <p className="govuk-body">{outcome.notice}</p> : null}
          {outcome.searched.length === 0 ? (
            <p className="govuk-body" data-testid="search-nothing">
              Your role has no case records to search.
            </p>
          ) : total === 0 ? (
            <p className="govuk-body">
              Check the spelling, or try fewer words: a surname alone, or the last digits of a reference.
            </p>
          ) : (
            <p className="govuk-body govuk-!-font-size-16">Use the arrow keys to move between results.</p>
          )}
          {outcome.groups.map((group) => (
            <section
              key={group.kind}
              aria-labelledby={`search-${group.kind}`}
              data-testid={`search-${group.kind}`}
            >
              <h3 className="govuk-heading-s" id={`search-${group.kind}`}>
                {group.title}
              </h3>
              <ul className="govuk-list govuk-list--spaced">
                {group.hits.map((hit) => (
                  <li key={hit.id}>
                    <Link className="govuk-link" href={hit.href} data-search-result="">
                      {hit.label}
                    </Link>
                    <span className="app-search-results__detail">{hit.detail}</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ) : null}
    </NarrowPage>
  );
}
