import { describe, expect, it } from "vitest";
import { toAuditRow } from "./audit-row";
import { anonymousActor, auditActorOf } from "./events";

const actor = auditActorOf({ id: 7, name: "Dana Analyst", role: "ANALYST", address: "10.0.0.9" });

describe("toAuditRow", () => {
  it("files the event under its s.62 category with the actor and entity", () => {
    const row = toAuditRow({
      event: "offence.updated",
      actor,
      entity: { type: "offence", id: 42 },
      before: { summary: "a", version: 1 },
      after: { summary: "b", version: 2 },
    });
    expect(row).toMatchObject({
      actorId: 7,
      actorLabel: "Dana Analyst (Analyst)",
      category: "ALTERATION",
      event: "offence.updated",
      entityType: "offence",
      entityId: "42",
      justification: null,
      recipients: null,
      address: "10.0.0.9",
      changes: { fields: { summary: { from: "a", to: "b" } } },
    });
  });

  it("records the justification of a consultation and the recipients of a disclosure", () => {
    expect(
      toAuditRow({
        event: "person.viewed",
        actor,
        entity: { type: "person", id: 3 },
        justification: " Meeting 12 ",
      }),
    ).toMatchObject({ category: "CONSULTATION", justification: "Meeting 12", changes: null });
    expect(
      toAuditRow({
        event: "export.downloaded",
        actor,
        entity: { type: "figures", id: "2024-25" },
        justification: "Board report",
        recipients: "Police and crime board",
      }),
    ).toMatchObject({ category: "DISCLOSURE", recipients: "Police and crime board" });
  });

  it("writes security events without an actor id, keeping the detail JSON-safe", () => {
    const row = toAuditRow({
      event: "auth.sign-in-failed",
      actor: anonymousActor("192.0.2.1"),
      detail: { email: "x@example.org", at: new Date("2024-01-01T00:00:00Z"), attempt: 3n },
    });
    expect(row).toMatchObject({
      actorId: null,
      actorLabel: "not signed in",
      category: "SECURITY",
      entityType: "",
      entityId: "",
      changes: { detail: { attempt: "3", at: "2024-01-01T00:00:00.000Z", email: "x@example.org" } },
    });
  });

  it("clips over-long free text", () => {
    const row = toAuditRow({
      event: "person.viewed",
      actor,
      entity: { type: "person", id: 1 },
      justification: "x".repeat(5000),
    });
    expect(row.justification).toHaveLength(1000);
  });
});
