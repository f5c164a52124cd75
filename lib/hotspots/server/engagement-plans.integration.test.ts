import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { todayInUk, addDays } from "@/lib/dates/day";
import { engagementEntryFormSchema, engagementPlanFormSchema } from "@/lib/hotspots/engagement-schemas";
import { addEngagementEntry } from "@/lib/hotspots/server/add-engagement-entry";
import { addEngagementStakeholder } from "@/lib/hotspots/server/add-engagement-stakeholder";
import { createEngagementPlan } from "@/lib/hotspots/server/create-engagement-plan";
import { getEngagementPlan } from "@/lib/hotspots/server/get-engagement-plan";
import { listEngagementStatuses } from "@/lib/hotspots/server/list-engagement-statuses";
import { listEngagementUpdatesDue } from "@/lib/hotspots/server/list-engagement-updates-due";
import { updateEngagementPlan } from "@/lib/hotspots/server/update-engagement-plan";
import { auditRows, makeActor, withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { ensureReferenceData } from "@/prisma/factories/create-reference-data";

// Issue 17 (seed paragraph 30): community engagement plans. Every change is read back from the
// database with its audit row; roles that may not keep or read plans are refused and change nothing.

withTestDatabase();
const today = todayInUk();
let hotspotId: number;
let otherHotspotId: number;

const actors = withActors({ analyst: "ANALYST", chair: "CHAIR" });
beforeAll(async () => {
  const ref = await ensureReferenceData(getPrisma());
  hotspotId = ref.hotspot("HS02");
  otherHotspotId = ref.hotspot("HS03");
});

const planInput = (ownerId: number, due: string) =>
  engagementPlanFormSchema.parse({
    ownerId: String(ownerId),
    aims: "Support for patrols",
    nextUpdateDue: due,
  });

describe("engagement plans", () => {
  it("the analyst starts a plan: one row, audited in the same transaction; a second plan is refused", async () => {
    const { id } = await createEngagementPlan({
      actor: actors.analyst,
      input: { hotspotId, ...planInput(actors.analyst.id, addDays(today, 30)) },
    });
    const row = await getPrisma().engagementPlan.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      hotspotId,
      ownerId: actors.analyst.id,
      aims: "Support for patrols",
      version: 1,
    });
    const [audit] = await auditRows({ event: "engagement-plan.created", entityId: String(id) });
    expect(audit?.actorId).toBe(actors.analyst.id);
    await expect(
      createEngagementPlan({
        actor: actors.chair,
        input: { hotspotId, ...planInput(actors.chair.id, today) },
      }),
    ).rejects.toThrow("already has an engagement plan");
    expect(await getPrisma().engagementPlan.count({ where: { hotspotId } })).toBe(1);
  });

  it("stakeholders and dated, owned entries are added and audited; an entry moves the next update due", async () => {
    const plan = (await getEngagementPlan({ actor: actors.analyst, hotspotId }))!;
    expect(plan.updateDue).toBe(false);
    await addEngagementStakeholder({
      actor: actors.chair,
      input: {
        planId: plan.id,
        kind: "FAITH_LEADER",
        name: "Synthetic place of worship",
        contactRole: "Imam",
      },
    });
    const entry = engagementEntryFormSchema.parse({
      kind: "CONSULTATION",
      heldOn: today,
      ownerId: String(actors.chair.id),
      summary: "Community meeting",
      communityAsked: "Patrols after school",
      nextUpdateDue: today,
    });
    await addEngagementEntry({ actor: actors.analyst, input: { planId: plan.id, ...entry } });
    const read = (await getEngagementPlan({ actor: actors.analyst, hotspotId }))!;
    expect(read.stakeholders.map((s) => [s.kind, s.name])).toEqual([
      ["FAITH_LEADER", "Synthetic place of worship"],
    ]);
    expect(read.entries).toMatchObject([
      { kind: "CONSULTATION", heldOn: today, communityAsked: "Patrols after school" },
    ]);
    expect(read.nextUpdateDue).toBe(today);
    expect(read.updateDue).toBe(true);
    expect(read.version).toBe(plan.version + 1);
    expect(
      await auditRows({ event: "engagement-stakeholder.added", entityId: String(plan.id) }),
    ).toHaveLength(1);
    const [entryAudit] = await auditRows({ event: "engagement-entry.added", entityId: String(plan.id) });
    expect(JSON.stringify(entryAudit?.changes)).toContain("previousNextUpdateDue");
    // "Update due" reaches /hotspots and the analyst's home.
    expect((await listEngagementStatuses({ actor: actors.analyst }))[hotspotId]).toEqual({
      nextUpdateDue: today,
      updateDue: true,
    });
    expect((await listEngagementUpdatesDue({ actor: actors.analyst })).map((d) => d.hotspotId)).toContain(
      hotspotId,
    );
    expect((await listEngagementStatuses({ actor: actors.analyst }))[otherHotspotId]).toBeUndefined();
  });

  it("refuses an entry dated in the future, a consultation without what was asked, and an owner who is no officer", async () => {
    const plan = (await getEngagementPlan({ actor: actors.analyst, hotspotId }))!;
    const base = {
      kind: "UPDATE",
      heldOn: addDays(today, 1),
      ownerId: String(actors.analyst.id),
      summary: "x",
    };
    const future = engagementEntryFormSchema.parse({ ...base, communityAsked: "", nextUpdateDue: "" });
    await expect(
      addEngagementEntry({ actor: actors.analyst, input: { planId: plan.id, ...future } }),
    ).rejects.toThrow();
    const consultation = engagementEntryFormSchema.safeParse({
      ...base,
      kind: "CONSULTATION",
      heldOn: today,
      communityAsked: "",
      nextUpdateDue: "",
    });
    expect(consultation.error?.issues[0]?.path).toEqual(["communityAsked"]);
    const partner = (await makeActor("PARTNER")).user;
    const byPartner = engagementEntryFormSchema.parse({
      ...base,
      heldOn: today,
      ownerId: String(partner.id),
      communityAsked: "",
      nextUpdateDue: "",
    });
    await expect(
      addEngagementEntry({ actor: actors.analyst, input: { planId: plan.id, ...byPartner } }),
    ).rejects.toThrow();
    expect(await getPrisma().engagementEntry.count({ where: { planId: plan.id } })).toBe(1);
  });

  it("a stale edit is a conflict with the saved values beside the editor's, and changes nothing", async () => {
    const plan = (await getEngagementPlan({ actor: actors.analyst, hotspotId }))!;
    await updateEngagementPlan({
      actor: actors.chair,
      input: { id: plan.id, version: plan.version, ...planInput(actors.chair.id, addDays(today, 10)) },
    });
    const error = await updateEngagementPlan({
      actor: actors.analyst,
      input: { id: plan.id, version: plan.version, ...planInput(actors.analyst.id, addDays(today, 20)) },
    }).then(
      () => null,
      (e: unknown) => e as { code: string; fieldErrors: Record<string, string[]> },
    );
    expect(error).toMatchObject({ code: "CONFLICT" });
    expect(error!.fieldErrors.ownerId?.[0]).toContain(actors.chair.name);
    const saved = await getPrisma().engagementPlan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(saved.ownerId).toBe(actors.chair.id);
    expect(saved.version).toBe(plan.version + 1);
    expect(await auditRows({ event: "engagement-plan.updated", entityId: String(plan.id) })).toHaveLength(1);
  });

  it("investigators read but never write; partners and administrators get nothing", async () => {
    const investigator = (await makeActor("INVESTIGATOR")).actor;
    expect(await getEngagementPlan({ actor: investigator, hotspotId })).not.toBeNull();
    await expect(
      createEngagementPlan({
        actor: investigator,
        input: { hotspotId: otherHotspotId, ...planInput(investigator.id, today) },
      }),
    ).rejects.toThrow("permission");
    for (const role of ["PARTNER", "ADMIN"] as const) {
      const actor = (await makeActor(role)).actor;
      await expect(getEngagementPlan({ actor, hotspotId })).rejects.toThrow("permission");
      await expect(listEngagementUpdatesDue({ actor })).rejects.toThrow("permission");
    }
    expect(await getPrisma().engagementPlan.count({ where: { hotspotId: otherHotspotId } })).toBe(0);
  });
});
