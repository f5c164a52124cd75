import type { Metadata } from "next";
import { ForeignSearchNotice } from "@/components/ui/foreign-search-notice";
import { FilterPanel, FilterSelect, FilterText, labelOptions } from "@/components/ui/filter-panel";
import type { SelectedFilter } from "@/components/ui/filter-panel";
import { HomeTable, type Column } from "@/components/home/home-section";
import { PROVIDER_REFERRAL_COLUMNS } from "@/components/home/partner-home";
import { Pagination } from "@/components/ui/pagination";
import { ChoiceItem } from "@/components/ui/choice-item";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { pageParam } from "@/lib/pagination";
import { REFERRAL_STATE_LABELS } from "@/lib/labels/referral-state";
import { listProviderReferrals } from "@/lib/referrals/server/list-provider-referrals";
import type { ProviderReferral } from "@/lib/referrals/types";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import { parseReferralFilters, referralListHref } from "@/lib/search/referral-filters";
import { ListSavedViews } from "@/components/saved-views/list-saved-views";
import { normaliseViewParams } from "@/lib/saved-views/normalise-query";
import { listSavedViews } from "@/lib/saved-views/server/list-saved-views";
import { saveViewHref } from "@/lib/saved-views/kinds";
import { readSealedFields, sealHref } from "@/lib/security/sealed-query";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Find a referral" };

type Props = { searchParams: SearchParams };

// The partner home's table with the referral number first: people search by it.
const columns: Column<ProviderReferral>[] = [
  { header: "Number", cell: (r) => String(r.id) },
  ...PROVIDER_REFERRAL_COLUMNS,
];

// Issue 18: partners find their referrals by the person's name (misspelt, either order) or the
// referral number, and filter by state and follow-up due. Only their own provider's referrals:
// listProviderReferrals applies the row rule; a name search is logged as a consultation. The name
// never stands in the address: the form posts to app/search/run and the links carry it sealed
// (lib/security/sealed-fields.ts).
export default async function ProviderReferralsPage({ searchParams }: Props) {
  const actor = await requirePageActor("referrals.read.own-provider");
  const { params, token, foreign } = readSealedFields(actor.id, await searchParams, "/referrals");
  const { filters, message } = parseReferralFilters(params);
  const hrefFor = (f: typeof filters, page = 1) => referralListHref(f, page, token ?? "");
  const [list, views] = await Promise.all([
    listProviderReferrals({ actor, page: pageParam.parse(params.page), filters }),
    listSavedViews({ actor, kind: "REFERRALS" }),
  ]);
  const selected: SelectedFilter[] = [
    filters.q ? { key: "q", text: `‘${filters.q}’`, href: hrefFor({ ...filters, q: null }) } : null,
    filters.state
      ? {
          key: "state",
          text: REFERRAL_STATE_LABELS[filters.state],
          href: hrefFor({ ...filters, state: null }),
        }
      : null,
    filters.due ? { key: "due", text: "Follow-up due", href: hrefFor({ ...filters, due: false }) } : null,
  ].filter((tag): tag is SelectedFilter => tag !== null);

  return (
    <>
      <h1 className="govuk-heading-l">Find a referral to {list.providerName}</h1>
      <div className="moj-filter-layout">
        <div className="moj-filter-layout__filter">
          <ListSavedViews
            saveHref={sealHref(actor.id, saveViewHref("REFERRALS", normaliseViewParams("REFERRALS", params)))}
            views={views}
          />
          <FilterPanel
            testId="referral-filters"
            action="/referrals"
            sealed
            selected={selected}
            clearHref="/referrals"
          >
            <FilterText
              id="q"
              label="Name or referral number"
              hint="Names may be misspelt or in either order."
              value={filters.q ?? (typeof params.q === "string" ? params.q.slice(0, MAX_QUERY_LENGTH) : "")}
              error={message ?? undefined}
              maxLength={MAX_QUERY_LENGTH}
            />
            <FilterSelect
              id="state"
              label="State"
              value={filters.state ?? ""}
              any="Any state"
              options={labelOptions(REFERRAL_STATE_LABELS)}
            />
            <div className="govuk-form-group">
              <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                <ChoiceItem type="checkbox" id="due" name="due" value="yes" checked={filters.due}>
                  Follow-up due or overdue
                </ChoiceItem>
              </div>
            </div>
          </FilterPanel>
        </div>
        <div className="moj-filter-layout__content" data-testid="referral-results">
          <ForeignSearchNotice foreign={foreign} />
          <p className="govuk-body" role="status" data-testid="referral-results-count">
            {list.total === 0
              ? "No referrals match."
              : `${list.total.toLocaleString("en-GB")} ${list.total === 1 ? "referral matches" : "referrals match"}. Open referrals are listed first.`}
          </p>
          {list.total > 0 ? (
            <>
              <HomeTable caption={`Referrals to ${list.providerName}`} columns={columns} rows={list.items} />
              <Pagination list={list} hrefForPage={(p) => hrefFor(filters, p)} label="Referral pages" />
            </>
          ) : null}
        </div>
      </div>
    </>
  );
}
