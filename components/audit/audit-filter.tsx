import { FilterPanel, FilterSelect, FilterText, FilterDateRange } from "@/components/ui/filter-panel";
import { AUDIT_CATEGORIES, AUDIT_EVENTS } from "@/lib/audit/events";
import { auditSearchHref, type AuditSearchForm } from "@/lib/audit/search-filters";

// The filter panel of the MOJ "filter a list" layout: a GET form, so a search is a URL that can be
// bookmarked or shared with a colleague, and selected-filter tags that each remove one filter.

const LABELS: Record<keyof AuditSearchForm, string> = {
  user: "User",
  entityType: "Record type",
  entityId: "Record ID",
  category: "Category",
  event: "Event",
  from: "Date from",
  to: "Date to",
};

const categoryLabel = (c: string) => c.charAt(0) + c.slice(1).toLowerCase();

type Props = { form: AuditSearchForm; errors: Partial<Record<"from" | "to", string>> };

export function AuditFilter({ form, errors }: Props) {
  const selected = (Object.keys(LABELS) as (keyof AuditSearchForm)[]).filter((key) => form[key]);
  const tags = selected.map((key) => ({
    key,
    text: `${LABELS[key]}: ${key === "category" ? categoryLabel(form[key]) : form[key]}`,
    href: auditSearchHref({ ...form, [key]: "" }),
  }));
  return (
    <FilterPanel testId="audit-filter" action="/admin/audit" selected={tags} clearHref="/admin/audit">
      <FilterText id="user" label="User" hint="Name or email address" value={form.user} maxLength={254} />
      <FilterText
        id="entityType"
        label="Record type"
        hint="For example, person, offence or user"
        value={form.entityType}
        maxLength={40}
      />
      <FilterText
        id="entityId"
        label="Record ID"
        value={form.entityId}
        maxLength={40}
        width="govuk-input--width-10"
      />
      <FilterSelect
        id="category"
        label="Category"
        value={form.category}
        any="Any category"
        options={AUDIT_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) }))}
      />
      <FilterSelect id="event" label="Event" value={form.event} any="Any event">
        {AUDIT_CATEGORIES.map((c) => (
          <optgroup key={c} label={categoryLabel(c)}>
            {Object.entries(AUDIT_EVENTS)
              .filter(([, category]) => category === c)
              .map(([event]) => (
                <option key={event} value={event}>
                  {event}
                </option>
              ))}
          </optgroup>
        ))}
      </FilterSelect>
      <FilterDateRange
        labels={{ from: "Date from", to: "Date to" }}
        hints={{ from: "For example, 27/3/2026", to: "For example, 27/3/2026" }}
        values={form}
        errors={errors}
      />
    </FilterPanel>
  );
}
