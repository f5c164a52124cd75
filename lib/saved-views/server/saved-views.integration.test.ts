import { beforeEach, describe, expect, it, vi } from "vitest";
import { actorOf, auditRows, makeUser, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { signIn, signInAs, signOutRequest } from "@/lib/testing/request";
import { twentyAtOnce } from "@/lib/testing/twenty-at-once";
import { getPrisma } from "@/lib/db/server/prisma";
import { statementsOf } from "@/lib/testing/sql-statements";
import type { SavedViewKind } from "@/lib/enums";
import { deleteViewAction, saveViewAction, updateViewAction } from "@/app/views/actions";
import { createSavedView } from "@/lib/saved-views/server/create-saved-view";
import { getSavedView } from "@/lib/saved-views/server/get-saved-view";
import { listSavedViews } from "@/lib/saved-views/server/list-saved-views";
import { updateSavedView } from "@/lib/saved-views/server/update-saved-view";
import { deleteSavedView } from "@/lib/saved-views/server/delete-saved-view";

// Issue 18, saved views: who sees which view, what a view may carry, and that each change is one
// row with its audit row. Results are read back from the database, not trusted from the reply.

vi.mock("next/headers", () => import("@/lib/testing/request"));
vi.mock("next/cache", () => import("@/lib/testing/request"));

withTestDatabase({ env: { DATABASE_POOL_SIZE: "10" } });
beforeEach(signOutRequest);

const save = (
  actor: ReturnType<typeof actorOf>,
  name: string,
  query = "knife=yes",
  kind: SavedViewKind = "OFFENCES",
) => createSavedView({ actor, input: { kind, name, query } });

describe("who sees a view", () => {
  it("a user sees their own views and the ones the chair shared with their role, marked by whom", async () => {
    const chairUser = await makeUser("CHAIR", { name: "Dee Chair" });
    const chair = actorOf(chairUser);
    const analyst = actorOf(await makeUser("ANALYST"));
    const otherAnalyst = actorOf(await makeUser("ANALYST"));
    const investigator = actorOf(await makeUser("INVESTIGATOR"));

    const mine = await save(analyst, "My knife cases");
    const chairs = await save(chair, "Forum robberies", "category=ROBBERY");
    const kept = await save(chair, "Chair only", "u25=yes");
    const row = await getPrisma().savedView.findUniqueOrThrow({ where: { id: chairs.id } });
    await updateSavedView({
      actor: chair,
      input: { id: chairs.id, version: row.version, name: row.name, shared: true },
    });

    const seen = await listSavedViews({ actor: otherAnalyst });
    expect(seen.map((v) => [v.name, v.own, v.sharedBy])).toEqual([["Forum robberies", false, "Dee Chair"]]);
    expect((await listSavedViews({ actor: analyst })).map((v) => [v.name, v.own])).toEqual([
      ["My knife cases", true],
      ["Forum robberies", false],
    ]);
    // Shared with the analysts only; the chair's unshared view and the analyst's own stay private.
    expect(await listSavedViews({ actor: investigator })).toEqual([]);
    await expect(getSavedView({ actor: otherAnalyst, id: kept.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getSavedView({ actor: otherAnalyst, id: mine.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await getSavedView({ actor: otherAnalyst, id: chairs.id })).href).toBe(
      "/offences?category=ROBBERY",
    );
  });

  it("lists the views of someone nobody shares with in one statement (the owner's name unread)", async () => {
    // Issue 15: every home and list page lists the user's views; an owner's name is read only for
    // views someone else shared (the first test: "Dee Chair").
    const investigator = actorOf(await makeUser("INVESTIGATOR"));
    await save(investigator, "Only mine");
    const sent = await statementsOf(() => listSavedViews({ actor: investigator }));
    expect(sent, sent.join("\n")).toHaveLength(1);
    expect((await listSavedViews({ actor: investigator })).map((v) => [v.name, v.own, v.sharedBy])).toEqual([
      ["Only mine", true, null],
    ]);
  });

  it("a view an analyst marked shared behind the app's back is shown to no one else", async () => {
    const analyst = actorOf(await makeUser("ANALYST"));
    const other = actorOf(await makeUser("ANALYST"));
    const made = await save(analyst, "Sneaky share");
    await getPrisma().savedView.update({ where: { id: made.id }, data: { sharedWith: "ANALYST" } });
    expect((await listSavedViews({ actor: other })).map((v) => v.id)).not.toContain(made.id);
  });

  it("only the chair shares, and an analyst cannot change or delete a view shared with them", async () => {
    const chair = actorOf(await makeUser("CHAIR"));
    const analyst = actorOf(await makeUser("ANALYST"));
    const own = await save(analyst, "Analyst's own");
    await expect(
      updateSavedView({
        actor: analyst,
        input: { id: own.id, version: 1, name: "Analyst's own", shared: true },
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getPrisma().savedView.findUniqueOrThrow({ where: { id: own.id } })).sharedWith).toBeNull();

    const shared = await save(chair, "Shared forum view");
    await updateSavedView({
      actor: chair,
      input: { id: shared.id, version: 1, name: "Shared forum view", shared: true },
    });
    await expect(
      updateSavedView({
        actor: analyst,
        input: { id: shared.id, version: 2, name: "Hijacked", shared: true },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      deleteSavedView({ actor: analyst, input: { id: shared.id, version: 2 } }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await getPrisma().savedView.findUniqueOrThrow({ where: { id: shared.id } })).toMatchObject({
      name: "Shared forum view",
      version: 2,
    });
  });

  it("another user's view id is refused by the actions too, and nothing changes", async () => {
    const owner = actorOf(await makeUser("ANALYST"));
    const made = await save(owner, "Not yours");
    await signInAs("ANALYST");
    const renamed = await updateViewAction({ id: made.id, version: 1, name: "Taken over", shared: false });
    const deleted = await deleteViewAction({ id: made.id, version: 1 });
    expect(renamed).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(deleted).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await getPrisma().savedView.findUniqueOrThrow({ where: { id: made.id } })).toMatchObject({
      name: "Not yours",
      version: 1,
    });
  });

  it("a partner has only the lists they can open: never an offence or intelligence view", async () => {
    const { id: providerId } = await getPrisma().provider.create({
      data: {
        name: "Views Trust",
        type: "Charity",
        pathways: [],
        areaCovered: "All",
        contactRoute: "v@example.org",
      },
    });
    const partnerUser = await makeUser("PARTNER", { providerId });
    const partner = actorOf(partnerUser);
    await signIn(partnerUser);
    const refused = await saveViewAction({ kind: "OFFENCES", name: "Peek", query: "knife=yes" });
    expect(refused).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const ok = await saveViewAction({
      kind: "REFERRALS",
      name: "Due follow-ups",
      query: "due=yes&state=COMPLETED",
    });
    expect(ok.ok).toBe(true);
    // A row of another kind put under the partner's name directly is still never listed or opened.
    const planted = await getPrisma().savedView.create({
      data: { ownerId: partner.id, kind: "INTELLIGENCE", name: "Planted", nameKey: "planted", query: "q=x" },
    });
    const listed = await listSavedViews({ actor: partner });
    expect(listed.map((v) => [v.kind, v.name])).toEqual([["REFERRALS", "Due follow-ups"]]);
    expect(listed[0]!.href).toBe("/referrals?state=COMPLETED&due=yes");
    await expect(getSavedView({ actor: partner, id: planted.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await getPrisma().savedView.count({ where: { ownerId: partner.id, kind: "OFFENCES" } })).toBe(0);
  });
});

describe("what a view may carry", () => {
  it("a tampered query string keeps only what the list itself accepts", async () => {
    const user = await signInAs("ANALYST");
    const result = await saveViewAction({
      kind: "OFFENCES",
      name: "Tampered",
      query:
        "knife=yes&evil=1&npu=abc&page=4&ref=%27%3B+drop+table&year=1800&sort=reference&u25=maybe&code=5D",
    });
    expect(result).toMatchObject({
      ok: true,
      data: { href: "/offences?code=5D&knife=yes&sort=reference&dir=asc" },
    });
    const row = await getPrisma().savedView.findFirstOrThrow({
      where: { ownerId: user.id, name: "Tampered" },
    });
    expect(row.query).toBe("code=5D&knife=yes&sort=reference&dir=asc");
    const [audit] = await auditRows({ event: "saved-view.created", entityId: String(row.id) });
    expect((audit!.changes as { detail?: { dropped?: string[] } }).detail?.dropped).toEqual(
      expect.arrayContaining(["evil", "npu", "page", "ref", "year", "u25"]),
    );
  });

  it("a query changed in the table is read again by the list's parser when opened", async () => {
    const analyst = actorOf(await makeUser("ANALYST"));
    const made = await save(analyst, "Edited in the table", "q=knife", "INTELLIGENCE");
    await getPrisma().savedView.update({
      where: { id: made.id },
      data: { query: "q=knife&handling=Z&admin=1&source=S1&javascript:alert(1)=x" },
    });
    expect((await getSavedView({ actor: analyst, id: made.id })).href).toBe(
      "/intelligence?q=knife&source=S1",
    );
  });

  it("bad names are refused next to the field and save nothing", async () => {
    await signInAs("ANALYST");
    const before = await getPrisma().savedView.count();
    const cases = [
      ["", "Enter a name for the view"],
      ["   ", "Enter a name for the view"],
      ["x".repeat(81), "The name must be 80 characters or fewer"],
      ["x".repeat(5000), "The name must be 80 characters or fewer"],
      ["Knife\u0000cases", "This contains characters that cannot be saved"],
    ] as const;
    for (const [name, message] of cases) {
      const result = await saveViewAction({ kind: "OFFENCES", name, query: "knife=yes" });
      expect(result.ok, name.slice(0, 20)).toBe(false);
      if (!result.ok) expect(result.error.fieldErrors?.name?.[0]).toContain(message);
    }
    const long = await saveViewAction({ kind: "OFFENCES", name: "Long query", query: "q".repeat(5000) });
    expect(long).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await getPrisma().savedView.count()).toBe(before);
  });

  it("a name is unique per user and list, whatever its case and spaces, with a clear message", async () => {
    const user = await signInAs("ANALYST");
    expect((await saveViewAction({ kind: "OFFENCES", name: "Knife robberies", query: "knife=yes" })).ok).toBe(
      true,
    );
    const again = await saveViewAction({ kind: "OFFENCES", name: "  knife   ROBBERIES ", query: "u25=yes" });
    expect(again).toMatchObject({
      ok: false,
      error: {
        code: "VALIDATION",
        fieldErrors: {
          name: [
            "You already have a view called “knife   ROBBERIES” on the offences list. Choose another name",
          ],
        },
      },
    });
    // The same name on another list, or another user's, is fine.
    expect((await saveViewAction({ kind: "ACTIONS", name: "Knife robberies", query: "" })).ok).toBe(true);
    expect(await getPrisma().savedView.count({ where: { ownerId: user.id } })).toBe(2);
  });
});

describe("each change happens once, with its audit row", () => {
  it("20 identical saves at once make one view", async () => {
    const user = await signInAs("ANALYST");
    const input = { kind: "OFFENCES" as const, name: "Twenty at once", query: "knife=yes&u25=yes" };
    const href = await twentyAtOnce(
      () => saveViewAction(input),
      () => getPrisma().savedView.count({ where: { ownerId: user.id } }),
    );
    const row = await getPrisma().savedView.findFirstOrThrow({ where: { ownerId: user.id } });
    expect(href).toBe(`/views/${row.id}`);
    expect(await auditRows({ event: "saved-view.created", entityId: String(row.id) })).toHaveLength(1);
  });

  it("after a delete, saving the same filters under the same name makes a new view", async () => {
    const user = await signInAs("ANALYST");
    const input = { kind: "OFFENCES" as const, name: "Saved twice", query: "knife=yes" };
    const first = await saveViewAction(input);
    if (!first.ok) throw new Error("not saved");
    expect((await deleteViewAction({ id: first.data.id, version: 1 })).ok).toBe(true);
    const second = await saveViewAction(input);
    expect(second).toMatchObject({ ok: true });
    expect(second.ok && second.alreadyDone).toBeFalsy();
    const rows = await getPrisma().savedView.findMany({ where: { ownerId: user.id } });
    expect(rows.map((r) => r.name)).toEqual(["Saved twice"]);
    expect(rows[0]!.id).not.toBe(first.data.id);
  });

  it("rename, share and delete each write their audit row; a stale version is a conflict", async () => {
    const chairUser = await signInAs("CHAIR");
    const made = await saveViewAction({ kind: "ACTIONS", name: "Overdue", query: "rag=RED&status=all" });
    if (!made.ok) throw new Error("not saved");
    const id = made.data.id;
    expect(await updateViewAction({ id, version: 1, name: "Overdue actions", shared: true })).toMatchObject({
      ok: true,
      data: { id, version: 2 },
    });
    const stale = await updateViewAction({ id, version: 1, name: "Lost edit", shared: false });
    expect(stale).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(await getPrisma().savedView.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: "Overdue actions",
      sharedWith: "ANALYST",
      query: "status=all&rag=RED",
      version: 2,
    });
    expect((await deleteViewAction({ id, version: 2 })).ok).toBe(true);
    expect(await getPrisma().savedView.findUnique({ where: { id } })).toBeNull();

    const rows = await auditRows({ entityType: "saved-view", entityId: String(id) });
    expect(rows.map((r) => [r.event, r.category, r.actorId])).toEqual([
      ["saved-view.created", "COLLECTION", chairUser.id],
      ["saved-view.updated", "ALTERATION", chairUser.id],
      ["saved-view.deleted", "ERASURE", chairUser.id],
    ]);
    expect(rows[1]!.changes).toMatchObject({
      fields: {
        name: { from: "Overdue", to: "Overdue actions" },
        sharedWith: { from: null, to: "ANALYST" },
      },
    });
  });
});
