import type { Metadata } from "next";
import { ActionTable } from "@/components/actions/action-table";
import { Pagination } from "@/components/ui/pagination";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { can } from "@/lib/auth/permissions";
import { actionListHref, parseActionFilters, STATUS_FILTERS } from "@/lib/action-items/filters";
import { listActions } from "@/lib/action-items/server/list-actions";
import { listActionOwners } from "@/lib/action-items/server/list-action-owners";
import { WidePage } from "@/components/layout/wide-page";
import { ACTION_STATUS_LABELS } from "@/lib/labels/action-status";
import { FilterSelect, nameOptions } from "@/components/ui/filter-panel";
import { ListSavedViews } from "@/components/saved-views/list-saved-views";
import { normaliseViewParams } from "@/lib/saved-views/normalise-query";
import { listSavedViews } from "@/lib/saved-views/server/list-saved-views";
import { saveViewHref } from "@/lib/saved-views/kinds";
import { sealHref } from "@/lib/security/sealed-query";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Actions" };

type Props = { searchParams: SearchParams };

const STATUS_LABELS: Record<(typeof STATUS_FILTERS)[number], string> = {
  open: "Open (incl. awaiting review)",
  all: "All",
  ...ACTION_STATUS_LABELS,
};

export default async function ActionsPage({ searchParams }: Props) {
  const actor = await requirePageActor("actions.read.own");
  const params = await searchParams;
  const filters = parseActionFilters(params);
  const readsAll = can(actor, "actions.read");
  // Escalation is a background job (lib/jobs, daily and at start-up; `npm run actions:escalate`
  // by hand), never a side effect of a page view.
  const [page, owners, views] = await Promise.all([
    listActions({ actor, filters }),
    readsAll ? listActionOwners({ actor }) : Promise.resolve([]),
    listSavedViews({ actor, kind: "ACTIONS" }),
  ]);

  return (
    <WidePage>
      <h1 className="govuk-heading-l">{readsAll ? "Actions" : "My actions"}</h1>
      {readsAll || can(actor, "actions.manage") ? (
        <ActionViews actorId={actor.id} filters={filters} readsAll={readsAll} />
      ) : null}
      <ListSavedViews
        saveHref={sealHref(actor.id, saveViewHref("ACTIONS", normaliseViewParams("ACTIONS", params)))}
        views={views}
      />
      <form method="get" action="/actions" className="govuk-!-margin-bottom-6" data-testid="action-filter">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <FilterSelect
              id="status"
              label="Status"
              value={filters.status}
              fullWidth={false}
              options={STATUS_FILTERS.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <FilterSelect id="rag" label="RAG" value={filters.rag ?? ""} any="Any" fullWidth={false}>
              <option value="RED">Red – overdue</option>
              <option value="AMBER">Amber – due within 7 days</option>
              <option value="GREEN">Green – on track</option>
            </FilterSelect>
          </div>
          {readsAll ? (
            <div className="govuk-grid-column-one-third">
              <FilterSelect
                id="owner"
                label="Owner"
                value={filters.owner}
                any="Anyone"
                fullWidth={false}
                options={nameOptions(owners)}
              />
            </div>
          ) : null}
        </div>
        {filters.raised ? <input type="hidden" name="raised" value={filters.raised} /> : null}
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Apply filters
        </button>
      </form>
      <p className="govuk-body" data-testid="action-count">
        {page.total === 1 ? "1 action" : `${page.total.toLocaleString("en-GB")} actions`}
      </p>
      {page.items.length > 0 ? (
        <ActionTable rows={page.items} />
      ) : (
        <p className="govuk-body">No actions match these filters.</p>
      )}
      <Pagination list={page} hrefForPage={(p) => actionListHref({ ...filters, page: p })} />
    </WidePage>
  );
}

/** "My actions" beside "Actions I raised" (and, for those who read every action, all of them). */
function ActionViews({
  actorId,
  filters,
  readsAll,
}: {
  actorId: number;
  filters: ReturnType<typeof parseActionFilters>;
  readsAll: boolean;
}) {
  const views = [
    ...(readsAll
      ? [{ label: "All actions", href: "/actions", current: !filters.owner && !filters.raised }]
      : []),
    {
      label: "My actions",
      href: actionListHref({ status: "open", page: 1, owner: actorId }),
      current: filters.owner === actorId && !filters.raised,
    },
    {
      label: "Actions I raised",
      href: actionListHref({ status: "all", page: 1, raised: "me" }),
      current: filters.raised === "me",
    },
  ];
  return (
    <nav className="moj-sub-navigation" aria-label="Which actions">
      <ul className="moj-sub-navigation__list">
        {views.map((v) => (
          <li className="moj-sub-navigation__item" key={v.label}>
            <a
              className="moj-sub-navigation__link"
              href={v.href}
              aria-current={v.current ? "page" : undefined}
            >
              {v.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
