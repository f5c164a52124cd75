import Link from "next/link";
import { GROUP_TYPE_LABELS, GROUP_TYPES } from "@/lib/groups/labels";
import type { GroupListQuery } from "@/lib/groups/schemas";

// A GET form: a filtered list is a URL, and applying filters goes back to page 1.

type Option = { value: string; label: string };

function FilterSelect({
  id,
  label,
  value,
  options,
}: {
  id: string;
  label: string;
  value: string;
  options: Option[];
}) {
  return (
    <div className="govuk-grid-column-one-quarter">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor={id}>
          {label}
        </label>
        <select className="govuk-select govuk-!-width-full" id={id} name={id} defaultValue={value}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

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
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="q">
              Name
            </label>
            <input
              className="govuk-input"
              id="q"
              name="q"
              type="search"
              defaultValue={query.q ?? ""}
              maxLength={100}
              spellCheck={false}
            />
          </div>
        </div>
        <FilterSelect
          id="type"
          label="Type"
          value={query.type ?? ""}
          options={[
            { value: "", label: "Any type" },
            ...GROUP_TYPES.map((t) => ({ value: t, label: GROUP_TYPE_LABELS[t] })),
          ]}
        />
        <FilterSelect
          id="npu"
          label="NPU"
          value={query.npu ? String(query.npu) : ""}
          options={[
            { value: "", label: "Any NPU" },
            ...npus.map((n) => ({ value: String(n.id), label: n.name })),
          ]}
        />
        <FilterSelect
          id="status"
          label="Status"
          value={query.status}
          options={[
            { value: "active", label: "Active" },
            { value: "inactive", label: "Inactive" },
            { value: "all", label: "Active and inactive" },
          ]}
        />
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
