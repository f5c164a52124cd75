import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/server/prisma";
import type { PersonRole } from "@/lib/enums";
import { NO_PERSON_FILTERS, type PersonIndexFilters } from "@/lib/persons/index-filters";
import { listPersons } from "@/lib/persons/server/list-persons";
import { mergePersons } from "@/lib/persons/server/merge-persons";
import { linkPersonToOffence } from "@/lib/offence-persons/server/link-person-to-offence";
import { actorFor } from "@/lib/testing/actor-for";
import { withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { mergeInput } from "@/lib/testing/merge-input";
import { createOffence } from "@/prisma/factories/create-offence";
import { createPerson } from "@/prisma/factories/create-person";
import { createUser } from "@/prisma/factories/create-user";
import { ensureReferenceData } from "@/prisma/factories/create-reference-data";

// Issue 18: the people index's role and repeat filters read "PersonIndexFlag" (migration
// "person_index_flags"), kept by triggers in the change's own transaction. Each test changes a
// person's links or an offence's date the way the app does, then reads the index (and the row)
// back: the filters must say what counting the links would say.

const NOW = new Date("2026-12-07T12:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

withTestDatabase();
const actors = withActors({ analyst: "ANALYST" });
beforeAll(async () => {
  await ensureReferenceData(getPrisma());
  // A fresh user per list keeps the rate limit out of the way.
});

async function freshAnalyst(): Promise<Actor> {
  return actorFor(await createUser(getPrisma(), { role: "ANALYST" }));
}

async function listed(filters: Partial<PersonIndexFilters>, surname: string): Promise<number[]> {
  const index = await listPersons({
    actor: await freshAnalyst(),
    filters: { ...NO_PERSON_FILTERS, ...filters, q: surname },
    now: NOW,
  });
  return index.status === "done" ? index.items.map((p) => p.id).sort((a, b) => a - b) : [];
}

/** Links as the app does: linkPersonToOffence in a transaction of its own. */
async function link(offenceId: number, personId: number, role: PersonRole) {
  await getPrisma().$transaction((tx) =>
    linkPersonToOffence(tx, actors.analyst, { offenceId, personId, role }),
  );
}

async function flagRow(personId: number) {
  const rows = await getPrisma().$queryRaw<
    { victim: boolean; suspect: boolean; repeatVictimOn: Date | null; repeatOffenderOn: Date | null }[]
  >`SELECT victim, suspect, "repeatVictimOn", "repeatOffenderOn" FROM "PersonIndexFlag" WHERE "personId" = ${personId}`;
  return rows[0] ?? null;
}

describe("the people index's flags", () => {
  it("follow links as they are added and removed, and an offence's date as it changes", async () => {
    const db = getPrisma();
    const person = await createPerson(db, { surname: "Flagworth", forenames: "Ada" });
    const may = await createOffence(db, { occurredOn: day("2026-05-01") });
    const sept = await createOffence(db, { occurredOn: day("2026-09-01") });

    expect(await listed({ role: "VICTIM" }, "Flagworth")).toEqual([]);
    await link(may.id, person.id, "VICTIM");
    expect(await listed({ role: "VICTIM" }, "Flagworth")).toEqual([person.id]);
    expect(await listed({ repeat: "victim" }, "Flagworth")).toEqual([]);

    await link(sept.id, person.id, "VICTIM");
    expect(await listed({ repeat: "victim" }, "Flagworth")).toEqual([person.id]);
    expect(await flagRow(person.id)).toMatchObject({
      victim: true,
      suspect: false,
      repeatVictimOn: day("2026-05-01"),
    });
    // Without a name too (the set is read whole, not person by person).
    const all = await listPersons({
      actor: await freshAnalyst(),
      filters: { ...NO_PERSON_FILTERS, repeat: "victim" },
      now: NOW,
    });
    expect(all.status === "done" && all.items.map((p) => p.id)).toContain(person.id);

    // The May offence turns out to have occurred three years earlier: one in the window now.
    await db.offence.update({ where: { id: may.id }, data: { occurredOn: day("2023-05-01") } });
    expect(await listed({ repeat: "victim" }, "Flagworth")).toEqual([]);
    expect(await listed({ role: "VICTIM" }, "Flagworth")).toEqual([person.id]);

    // A removed link no longer counts.
    await db.offencePerson.updateMany({
      where: { personId: person.id, offenceId: sept.id },
      data: { removedAt: new Date() },
    });
    await db.offence.update({ where: { id: may.id }, data: { occurredOn: day("2026-05-01") } });
    expect(await listed({ repeat: "victim" }, "Flagworth")).toEqual([]);
    expect(await flagRow(person.id)).toMatchObject({ victim: true, repeatVictimOn: null });

    // Suspect and offender count together for "repeat suspect or offender".
    await link(sept.id, person.id, "SUSPECT");
    const oct = await createOffence(db, { occurredOn: day("2026-10-01") });
    await link(oct.id, person.id, "OFFENDER");
    expect(await listed({ role: "SUSPECT" }, "Flagworth")).toEqual([person.id]);
    expect(await listed({ role: "OFFENDER" }, "Flagworth")).toEqual([person.id]);
    expect(await listed({ repeat: "suspect" }, "Flagworth")).toEqual([person.id]);
  });

  it("move with the links when two records are merged", async () => {
    const db = getPrisma();
    const keep = await createPerson(db, { surname: "Mergeford", forenames: "Kit" });
    const dupe = await createPerson(db, { surname: "Mergeford", forenames: "Kit" });
    for (const [iso, who] of [
      ["2026-06-01", keep.id],
      ["2026-08-01", dupe.id],
    ] as const) {
      const offence = await createOffence(db, { occurredOn: day(iso) });
      await link(offence.id, who, "VICTIM");
    }
    expect(await listed({ repeat: "victim" }, "Mergeford")).toEqual([]);
    await mergePersons({
      actor: actors.analyst,
      input: mergeInput(keep.id, dupe.id),
    });
    // The survivor now has both offences: a repeat victim; the merged record has no links left.
    expect(await listed({ repeat: "victim" }, "Mergeford")).toEqual([keep.id]);
    expect(await flagRow(dupe.id)).toMatchObject({ victim: false, repeatVictimOn: null });
  });

  it("are written for many links at once (an import's or the seed's bulk insert)", async () => {
    const db = getPrisma();
    const people = await Promise.all(
      [1, 2, 3].map((n) => createPerson(db, { surname: "Bulkley", forenames: `Number${n}` })),
    );
    const a = await createOffence(db, { occurredOn: day("2026-07-01") });
    const b = await createOffence(db, { occurredOn: day("2026-11-01") });
    await db.offencePerson.createMany({
      data: people.flatMap((p) => [
        { offenceId: a.id, personId: p.id, role: "VICTIM" as const },
        { offenceId: b.id, personId: p.id, role: "VICTIM" as const },
      ]),
    });
    expect(await listed({ repeat: "victim" }, "Bulkley")).toEqual(
      people.map((p) => p.id).sort((x, y) => x - y),
    );
  });
});
