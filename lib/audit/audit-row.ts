import { categoryOf, type AuditCategory, type AuditEventInput } from "@/lib/audit/events";
import { diffFields, toJsonValue, type FieldChanges, type JsonValue } from "@/lib/audit/diff";

// Turns a typed audit event into the columns of AuditEvent. Pure, so the shape of every row is
// unit-tested; write-audit.ts only inserts it. seq, prevHash and hash are the sealer's.

export type AuditRow = {
  actorId: number | null;
  actorLabel: string;
  category: AuditCategory;
  event: string;
  entityType: string;
  entityId: string;
  justification: string | null;
  recipients: string | null;
  changes: { fields?: FieldChanges; detail?: JsonValue } | null;
  address: string | null;
};

const clip = (value: string | null | undefined, max: number): string | null =>
  value == null ? null : value.length > max ? `${value.slice(0, max - 1)}…` : value;

export function toAuditRow(input: AuditEventInput): AuditRow {
  const fields = fieldsOf(input);
  const detail = input.detail === undefined ? undefined : toJsonValue(input.detail);
  const changes: AuditRow["changes"] = {};
  if (fields && Object.keys(fields).length > 0) changes.fields = fields;
  if (detail !== undefined) changes.detail = detail;

  return {
    actorId: input.actor.id,
    actorLabel: clip(input.actor.label, 200) ?? "",
    category: categoryOf(input.event),
    event: input.event,
    entityType: input.entity?.type ?? "",
    entityId: input.entity ? String(input.entity.id) : "",
    justification: "justification" in input ? clip(input.justification?.trim(), 1000) : null,
    recipients: "recipients" in input ? clip(input.recipients.trim(), 1000) : null,
    changes: Object.keys(changes).length > 0 ? changes : null,
    address: clip(input.actor.address ?? null, 64),
  };
}

function fieldsOf(input: AuditEventInput): FieldChanges | undefined {
  const before = "before" in input ? input.before : undefined;
  const after = "after" in input ? input.after : undefined;
  if (before === undefined && after === undefined) return undefined;
  return diffFields(before, after);
}
