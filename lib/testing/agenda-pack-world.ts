import { beforeAll } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Meeting, User } from "@/lib/generated/prisma/client";
import { createUser } from "@/prisma/factories/create-user";
import { createActionItem, createMeeting } from "@/prisma/factories/create-meeting";
import { createOffence } from "@/prisma/factories/create-offence";
import { createInvestigation } from "@/prisma/factories/create-investigation";
import { createIntelligenceItem } from "@/prisma/factories/create-intelligence-item";
import { day } from "@/prisma/factories/create-reference-data";
import { generateAgendaPack } from "@/lib/meetings/server/generate-agenda-pack";
import type { AgendaPack } from "@/lib/meetings/pack-types";

// The agenda pack's integration tests (generating, curating, publishing) start from one world, each
// file in a database of its own: a meeting on 2026-12-08 whose last meeting was 2026-11-10
// (periodStart), knife-used offences around that start, a flagged case, and actions due around
// "today" for actions, 2026-11-27. Escalation after 14 days overdue.

/** "Today" for the pack's actions (RAG, overdue, escalation). */
export const AGENDA_NOW = new Date("2026-11-27T12:00:00Z");

export type AgendaPackWorld = {
  chair: User;
  analyst: User;
  meeting: Meeting;
  /** The offences' and actions' ids by the names the tests use (adult8N, overdueLong, …). */
  ids: Record<string, number>;
};

/**
 * Registers the file's database and builds the world in beforeAll; with `generated`, the analyst
 * then generates the pack once. The returned world's fields are filled in once beforeAll has run.
 */
export function withAgendaPackWorld(options: { generated?: boolean } = {}): AgendaPackWorld {
  withTestDatabase({ env: { ACTION_ESCALATION_DAYS: "14" } });
  const world = { ids: {} } as AgendaPackWorld;
  beforeAll(async () => {
    const prisma = getPrisma();
    world.chair = await createUser(prisma, { role: "CHAIR" });
    world.analyst = await createUser(prisma, { role: "ANALYST" });
    world.meeting = await createMeeting(prisma, {
      chairId: world.chair.id,
      heldAt: new Date("2026-12-08T10:00:00Z"),
      periodStart: day("2026-11-10"),
    });
    const offence = (key: string, fields: Parameters<typeof createOffence>[1]) =>
      createOffence(prisma, fields).then((o) => (world.ids[key] = o.id));
    await offence("adult8N", { knifeUsed: true, recordedOn: day("2026-11-11"), youngestVictimAge: 31 });
    await offence("youth8N", { knifeUsed: true, recordedOn: day("2026-11-20"), youngestVictimAge: 16 });
    await offence("attempt", {
      knifeUsed: true,
      recordedOn: day("2026-11-25"),
      offenceCode: "2",
      youngestVictimAge: 40,
    });
    await offence("homicide", {
      knifeUsed: true,
      recordedOn: day("2026-11-26"),
      offenceCode: "1",
      youngestVictimAge: 19,
    });
    await offence("onPeriodStart", { knifeUsed: true, recordedOn: day("2026-11-10"), youngestVictimAge: 22 });
    await offence("beforePeriod", { knifeUsed: true, recordedOn: day("2026-11-09") });
    await offence("noKnife", { knifeUsed: false, recordedOn: day("2026-11-15") });
    await offence("flaggedOld", { knifeUsed: true, recordedOn: day("2026-09-01") });
    await createInvestigation(prisma, {
      offenceId: world.ids.flaggedOld!,
      flaggedForScrutiny: true,
      scrutinyReason: "No suspect after 10 weeks",
      flaggedAt: AGENDA_NOW,
      flaggedById: world.analyst.id,
    });
    await createInvestigation(prisma, { offenceId: world.ids.youth8N!, oicId: world.chair.id });
    await createIntelligenceItem(prisma, {
      submittedById: world.analyst.id,
      offenceIds: [world.ids.youth8N!],
      handlingCode: "P",
    });
    await createIntelligenceItem(prisma, {
      submittedById: world.analyst.id,
      offenceIds: [world.ids.youth8N!],
      handlingCode: "C",
    });
    await createIntelligenceItem(prisma, {
      submittedById: world.analyst.id,
      offenceIds: [world.ids.youth8N!],
      handlingCode: "C",
    });
    const action = (key: string, dueOn: string, status: "OPEN" | "COMPLETED" = "OPEN") =>
      createActionItem(prisma, {
        ownerId: world.analyst.id,
        raisedById: world.chair.id,
        dueOn: day(dueOn),
        status,
        title: key,
        timesCarried: 2,
      }).then((a) => (world.ids[key] = a.id));
    await action("dueBeforeMeeting", "2026-12-03");
    await action("overdueLong", "2026-11-01"); // 26 days overdue: escalated
    await action("overdueShort", "2026-11-20");
    await action("dueAfterMeeting", "2026-12-20"); // carried twice: still the forum's business
    await createActionItem(prisma, {
      ownerId: world.analyst.id,
      raisedById: world.chair.id,
      dueOn: day("2027-01-20"),
      title: "notYetDue",
    });
    await action("completed", "2026-11-01", "COMPLETED");
    if (options.generated)
      await generateAgendaPack({
        actor: actorFor(world.analyst),
        meetingId: world.meeting.id,
        now: AGENDA_NOW,
      });
  });
  return world;
}

/** A section's items, by the section's kind. */
export const itemsOf = (pack: AgendaPack, kind: string) => pack.sections.find((s) => s.kind === kind)!.items;

/** The record an item is about: its offence, its action, or null for a table or a free item. */
export const ref = (item: AgendaPack["sections"][number]["items"][number]) =>
  item.facts.kind === "case"
    ? item.facts.case.offenceId
    : item.facts.kind === "action"
      ? item.facts.action.actionItemId
      : null;
