import { beforeAll, describe, expect, it } from "vitest";
import { auditRows, makeActor, makeUser } from "@/lib/testing/admin-fixtures";
import { withUserAdmin } from "@/lib/testing/user-admin";
import { userListQuerySchema } from "@/lib/users/schemas";
import { listUsers } from "@/lib/users/server/list-users";
import { getUserOrThrow } from "@/lib/users/server/get-user-or-throw";
import { getUserFormOptions } from "@/lib/users/server/get-user-form-options";

const { actors, ref } = withUserAdmin({ admin: { role: "ADMIN", name: "Zed Admin" } });
beforeAll(async () => {
  await makeUser("INVESTIGATOR", {
    name: "Alice Searchable",
    email: "alice.s@force.test",
    npuId: ref.npu.id,
  });
  await makeUser("INVESTIGATOR", { name: "Bob Searchable", email: "bob@force.test", disabledAt: new Date() });
  await makeUser("PARTNER", {
    name: "Carol Other",
    email: "carol.searchable@partner.test",
    providerId: ref.provider.id,
  });
});
const query = (params: Record<string, string>) => userListQuerySchema.parse(params);

describe("listUsers", () => {
  it("searches names and email addresses, case-insensitively, in name order", async () => {
    const page = await listUsers({ actor: actors.admin, query: query({ q: "SEARCHABLE" }) });
    expect(page.users.map((u) => u.name)).toEqual(["Alice Searchable", "Bob Searchable", "Carol Other"]);
    expect(page.users[0]).toMatchObject({ role: "INVESTIGATOR", npuName: ref.npu.name, disabled: false });
    expect(page.users[2]).toMatchObject({ providerName: ref.provider.name });
    expect(Object.keys(page.users[0]!)).not.toContain("passwordHash");
  });

  it("filters by role and status", async () => {
    const investigators = await listUsers({
      actor: actors.admin,
      query: query({ q: "searchable", role: "INVESTIGATOR", status: "active" }),
    });
    expect(investigators.users.map((u) => u.name)).toEqual(["Alice Searchable"]);
    const disabled = await listUsers({ actor: actors.admin, query: query({ status: "disabled" }) });
    expect(disabled.users.map((u) => u.name)).toEqual(["Bob Searchable"]);
    // Nonsense in the URL means "no filter", not an error page.
    expect(query({ role: "KING", status: "maybe", page: "-3" })).toEqual({
      q: "",
      role: undefined,
      status: undefined,
      page: 1,
    });
  });

  it("pages, and shows the last page for a page past the end", async () => {
    const first = await listUsers({ actor: actors.admin, query: query({ q: "searchable" }), pageSize: 2 });
    expect(first).toMatchObject({ total: 3, page: 1, totalPages: 2 });
    const beyond = await listUsers({
      actor: actors.admin,
      query: query({ q: "searchable", page: "9" }),
      pageSize: 2,
    });
    expect(beyond.page).toBe(2);
    expect(beyond.users.map((u) => u.name)).toEqual(["Carol Other"]);
  });

  it("is refused to every role but admin, and audited", async () => {
    for (const role of ["CHAIR", "ANALYST", "INVESTIGATOR", "PARTNER"] as const) {
      const { actor } = await makeActor(role);
      await expect(listUsers({ actor, query: query({}) })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getUserOrThrow({ actor, id: actors.admin.id })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(getUserFormOptions({ actor })).rejects.toMatchObject({ code: "FORBIDDEN" });
      const refusals = (await auditRows({ event: "access.refused" })).filter((r) => r.actorId === actor.id);
      expect(refusals).toHaveLength(3);
    }
  });
});

describe("getUserOrThrow and getUserFormOptions", () => {
  it("returns one account without its password hash, or NOT_FOUND", async () => {
    const user = await getUserOrThrow({ actor: actors.admin, id: actors.admin.id });
    expect(user).toMatchObject({ id: actors.admin.id, role: "ADMIN", hasPassword: false, version: 1 });
    expect(Object.keys(user)).not.toContain("passwordHash");
    expect(Object.keys(user)).not.toContain("sessionVersion");
    await expect(getUserOrThrow({ actor: actors.admin, id: 999_999 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("offers every NPU and only active providers", async () => {
    const options = await getUserFormOptions({ actor: actors.admin });
    expect(options.npus).toContainEqual({ id: ref.npu.id, name: ref.npu.name });
    expect(options.providers.map((p) => p.id)).toContain(ref.provider.id);
    expect(options.providers.map((p) => p.id)).not.toContain(ref.closedProvider.id);
  });
});
