// How an audit row's `changes` column ({ fields: { f: { from, to } }, detail }) is shown on the
// audit screens. Pure and client-safe, so the visibility rule is unit-tested.
//
// The administrator may read the audit log but sees no case data (docs/domain.md): for rows about case
// records (a person, an offence, intelligence…) they see which fields changed, never the values.
// Rows about accounts, reference data, sign-ins and the log itself hold no case data.

export type ChangeLine = { field: string; from: string; to: string };
export type DetailLine = { key: string; value: string };
export type ChangeSummary = { fields: ChangeLine[]; detail: DetailLine[]; valuesHidden: boolean };

export const HIDDEN_VALUE = "(hidden: case data)";

const NON_CASE_ENTITY_TYPES = new Set([
  "",
  "user",
  "audit-log",
  "npu",
  "hotspot",
  "provider",
  "reference",
  "offence-code",
  "outcome-type",
]);

export function valuesVisible(entityType: string, canReadCaseData: boolean): boolean {
  return canReadCaseData || NON_CASE_ENTITY_TYPES.has(entityType);
}

const MAX_VALUE = 200;

export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined) return "(none)";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

export function summariseChanges(changes: unknown, options: { showValues: boolean }): ChangeSummary {
  const record = isObject(changes) ? changes : {};
  const fields = isObject(record.fields) ? record.fields : {};
  const detail = record.detail;
  const show = (value: unknown) => (options.showValues ? formatAuditValue(value) : HIDDEN_VALUE);

  return {
    fields: Object.entries(fields).map(([field, change]) => {
      const pair = isObject(change) ? change : {};
      return { field, from: show(pair.from), to: show(pair.to) };
    }),
    detail: isObject(detail)
      ? Object.entries(detail).map(([key, value]) => ({ key, value: show(value) }))
      : detail === undefined
        ? []
        : [{ key: "detail", value: show(detail) }],
    valuesHidden: !options.showValues,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
