// Before/after of the fields a change touched, for the s.62 alteration log. Pure: it is the part of
// the audit writer worth testing in isolation, and its output is what lands in AuditEvent.changes.

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type FieldChange = { from: JsonValue; to: JsonValue };
export type FieldChanges = Record<string, FieldChange>;
export type Snapshot = Record<string, unknown>;

// Bookkeeping columns change on every write and say nothing about what the user did.
const ALWAYS_IGNORED = new Set(["updatedAt", "createdAt", "version"]);
// Credentials never reach the log, not even hashed: the row says only that they changed.
const SECRET_FIELD = /password|secret|token/i;
export const REDACTED = "[redacted]";

/** A JSON-safe copy: Dates → ISO strings, BigInt → string, Decimal-likes via toJSON, undefined → null. */
export function toJsonValue(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value : String(value);
    case "bigint":
      return value.toString();
    case "function":
    case "symbol":
      return null;
  }
  if (value instanceof Uint8Array) return "[binary]";
  if (Array.isArray(value)) return value.map(toJsonValue);
  const withToJson = value as { toJSON?: () => unknown };
  if (typeof withToJson.toJSON === "function") return toJsonValue(withToJson.toJSON());
  const out: { [key: string]: JsonValue } = {};
  for (const key of Object.keys(value as object).sort()) {
    out[key] = toJsonValue((value as Record<string, unknown>)[key]);
  }
  return out;
}

/** Stable comparison key: object keys are sorted by toJsonValue, so key order never counts as a change. */
function same(a: JsonValue, b: JsonValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields whose values differ between `before` and `after`, with both values. A field missing on
 * one side counts as null (so `diffFields({}, row)` is the record as collected and `diffFields(row, {})`
 * the record as erased). Keys come out sorted, so equal changes give equal rows.
 */
export function diffFields(
  before: Snapshot | null | undefined,
  after: Snapshot | null | undefined,
  options: { ignore?: readonly string[] } = {},
): FieldChanges {
  const ignore = new Set([...ALWAYS_IGNORED, ...(options.ignore ?? [])]);
  const from = before ?? {};
  const to = after ?? {};
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((k) => !ignore.has(k)).sort();
  const changes: FieldChanges = {};
  for (const key of keys) {
    const a = toJsonValue(from[key]);
    const b = toJsonValue(to[key]);
    if (same(a, b)) continue;
    changes[key] = SECRET_FIELD.test(key)
      ? { from: a === null ? null : REDACTED, to: b === null ? null : REDACTED }
      : { from: a, to: b };
  }
  return changes;
}
