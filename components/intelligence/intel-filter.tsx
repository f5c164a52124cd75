import {
  FilterPanel,
  FilterSelect,
  FilterText,
  FilterDateRange,
  labelOptions,
} from "@/components/ui/filter-panel";
import { ASSESSMENT_LABELS, HANDLING_LABELS, SOURCE_LABELS } from "@/lib/intelligence/rules";
import {
  INTEL_FILTER_KEYS,
  INTEL_FILTER_LABELS,
  intelListHref,
  type IntelFilterKey,
  type IntelListLink,
} from "@/lib/intelligence/list-query";

// The register's filters. The server applies every one under the intelligence access rule: a text
// search or grading filter never reaches restricted items for an investigator. The text may be a
// person's name, so the form posts to app/search/run and the text comes back sealed
// (lib/security/sealed-fields.ts); the other filters stay plain.

// The grading filters: one select each, its options the grading's labels.
const GRADING_LABELS = { source: SOURCE_LABELS, assessment: ASSESSMENT_LABELS, handling: HANDLING_LABELS };
const VALUE_LABELS: Partial<Record<IntelFilterKey, Readonly<Record<string, string>>>> = GRADING_LABELS;
const GRADING_FILTERS = ["source", "assessment", "handling"] as const;

export function IntelFilter({ link }: { link: IntelListLink }) {
  const form = link.form;
  const selected = INTEL_FILTER_KEYS.filter((key) => form[key]).map((key) => ({
    key,
    text: `${INTEL_FILTER_LABELS[key]}: ${VALUE_LABELS[key]?.[form[key] ?? ""] ?? form[key]}`,
    href: intelListHref({ ...link, form: { ...form, [key]: "" }, page: 1 }),
  }));
  return (
    <FilterPanel
      testId="intel-filter"
      action="/intelligence"
      sealed
      selected={selected}
      clearHref={intelListHref({ ...link, form: {}, page: 1 })}
      applyTestId="apply-intel-filters"
    >
      {link.sort !== "received" || link.dir !== "desc" ? (
        <>
          <input type="hidden" name="sort" value={link.sort} />
          <input type="hidden" name="dir" value={link.dir} />
        </>
      ) : null}
      {link.size !== 25 ? <input type="hidden" name="size" value={link.size} /> : null}
      <FilterText
        id="q"
        label={INTEL_FILTER_LABELS.q}
        hint="Words in the sanitised text, or part of the reference"
        value={form.q}
        maxLength={100}
      />
      {GRADING_FILTERS.map((key) => (
        <FilterSelect
          key={key}
          id={key}
          label={INTEL_FILTER_LABELS[key]}
          value={form[key]}
          any="Any"
          options={labelOptions(GRADING_LABELS[key])}
        />
      ))}
      <FilterDateRange
        labels={INTEL_FILTER_LABELS}
        hints={{ from: "For example, 1/4/2025", to: "For example, 31/3/2026" }}
        values={form}
      />
    </FilterPanel>
  );
}
