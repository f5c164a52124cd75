import Link from "next/link";
import { GROUP_TYPE_LABELS } from "@/lib/groups/labels";
import type { GroupListQuery } from "@/lib/groups/schemas";
import { FilterSelect, labelOptions, nameOptions } from "@/components/ui/filter-panel";
import { LabelledGroup } from "@/components/ui/field-error";

// A GET form: a filtered list is a URL, and applying filters goes back to page 1.

const TYPE_OPTIONS = labelOptions(GROUP_TYPE_LABELS);
const STATUS_OPTIONS = [
  { value: "active", label: "Active" },
  { value: "inactive", label: "Inactive" },
  { value: "all", label: "Active and inactive" },
];

export function GroupFilter({
  query,
  npus,
}: {
  query: GroupListQuery;
  npus: { id: number; name: string }[];
}) {
  return (
    <form method="get" action="/groups" role="search" aria-label="Filter groups" data-testid="group-filter">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <LabelledGroup id="q" label="Name">
            <input
              className="govuk-input"
              id="q"
              name="q"
              type="search"
              defaultValue={query.q ?? ""}
              maxLength={100}
              spellCheck={false}
            />
          </LabelledGroup>
        </div>
        <div className="govuk-grid-column-one-quarter">
          <FilterSelect id="type" label="Type" value={query.type} any="Any type" options={TYPE_OPTIONS} />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <FilterSelect id="npu" label="NPU" value={query.npu} any="Any NPU" options={nameOptions(npus)} />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <FilterSelect id="status" label="Status" value={query.status} options={STATUS_OPTIONS} />
        </div>
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Apply filters
        </button>
        <Link className="govuk-link" href="/groups">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
