import { FilterPanel, FilterSelect, FilterText, FilterDateRange } from "@/components/ui/filter-panel";
import {
  ASSESSMENT_LABELS,
  HANDLING_LABELS,
  INTEL_ASSESSMENTS,
  HANDLING_CODES,
  SOURCE_EVALUATIONS,
  SOURCE_LABELS,
} from "@/lib/intelligence/rules";
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

const VALUE_LABELS: Partial<Record<IntelFilterKey, Record<string, string>>> = {
  source: SOURCE_LABELS,
  assessment: ASSESSMENT_LABELS,
  handling: HANDLING_LABELS,
};

export function IntelFilter({ link }: { link: IntelListLink }) {
  const form = link.form;
  const selected = INTEL_FILTER_KEYS.filter((key) => form[key]).map((key) => ({
    key,
    text: `${INTEL_FILTER_LABELS[key]}: ${VALUE_LABELS[key]?.[form[key] ?? ""] ?? form[key]}`,
    href: intelListHref({ ...link, form: { ...form, [key]: "" }, page: 1 }),
  }));
  const options = (values: readonly string[], labels: Record<string, string>) =>
    values.map((v) => (
      <option key={v} value={v}>
        {labels[v]}
      </option>
    ));
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
      <FilterSelect id="source" label={INTEL_FILTER_LABELS.source} value={form.source} any="Any">
        {options(SOURCE_EVALUATIONS, SOURCE_LABELS)}
      </FilterSelect>
      <FilterSelect id="assessment" label={INTEL_FILTER_LABELS.assessment} value={form.assessment} any="Any">
        {options(INTEL_ASSESSMENTS, ASSESSMENT_LABELS)}
      </FilterSelect>
      <FilterSelect id="handling" label={INTEL_FILTER_LABELS.handling} value={form.handling} any="Any">
        {options(HANDLING_CODES, HANDLING_LABELS)}
      </FilterSelect>
      <FilterDateRange
        labels={INTEL_FILTER_LABELS}
        hints={{ from: "For example, 1/4/2025", to: "For example, 31/3/2026" }}
        values={form}
      />
    </FilterPanel>
  );
}
