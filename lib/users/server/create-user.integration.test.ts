import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { ERROR_MESSAGES } from "@/lib/errors";
import { auditRows, makeActor } from "@/lib/testing/admin-fixtures";
import { withUserAdmin } from "@/lib/testing/user-admin";
import { USER_RULE_MESSAGES, ROLE_SCOPE_MESSAGES } from "@/lib/users/rules";
import { createUserSchema, type CreateUserInput } from "@/lib/users/schemas";
import { createUser } from "@/lib/users/server/create-user";

const { actors, ref } = withUserAdmin();

let n = 0;
const input = (overrides: Partial<CreateUserInput> = {}): CreateUserInput => ({
  name: `New Officer ${++n}`,
  email: `new.officer${n}@captiva.test`,
  jobTitle: "Detective Constable",
  role: "INVESTIGATOR",
  npuId: ref.npu.id,
  providerId: null,
  ...overrides,
});

describe("createUser", () => {
  it("creates the account with its scope, and audits it in the same transaction without credentials", async () => {
    const parsed = createUserSchema.parse({
      name: " Dana Example ",
      email: " Dana.Example@Captiva.TEST ",
      jobTitle: "",
      role: "PARTNER",
      npuId: String(ref.npu.id), // a partner's NPU is dropped: only investigators are NPU-scoped
      providerId: String(ref.provider.id),
    });
    const result = await createUser({ actor: actors.admin, input: parsed });
    const user = await getPrisma().user.findUniqueOrThrow({ where: { id: result.id } });
    expect(user).toMatchObject({
      name: "Dana Example",
      email: "dana.example@captiva.test",
      jobTitle: null,
      role: "PARTNER",
      npuId: null,
      providerId: ref.provider.id,
      passwordHash: null,
    });
    // A case role: the account waits, disabled, for a second person's approval (issue 13.14).
    expect(result).toEqual({ id: user.id, version: 1, pending: true });
    expect(user.disabledAt).not.toBeNull();

    const [row] = await auditRows({ event: "user.created", entityId: String(user.id) });
    expect(row).toMatchObject({ actorId: actors.admin.id, category: "SECURITY", entityType: "user" });
    // Null → null is no change, so the empty job title and the dropped NPU are left out.
    expect(row?.changes).toEqual({
      fields: {
        email: { from: null, to: "dana.example@captiva.test" },
        name: { from: null, to: "Dana Example" },
        provider: { from: null, to: ref.provider.name },
        role: { from: null, to: "PARTNER" },
      },
    } as never);
  });

  it("refuses an email address already in use, whatever its case, on the email field", async () => {
    const first = await createUser({ actor: actors.admin, input: input({ email: "taken@captiva.test" }) });
    const before = await getPrisma().user.count();
    const auditBefore = await getPrisma().auditEvent.count();
    await expect(
      createUser({ actor: actors.admin, input: input({ email: "TAKEN@captiva.test" }) }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { email: [USER_RULE_MESSAGES.emailTaken] },
    });
    expect(await getPrisma().user.count()).toBe(before);
    expect(await getPrisma().auditEvent.count()).toBe(auditBefore);
    expect(first.id).toBeGreaterThan(0);
  });

  it("gives the same answer when two admins create the same address at once", async () => {
    const results = await Promise.allSettled([
      createUser({ actor: actors.admin, input: input({ email: "race@captiva.test" }) }),
      createUser({ actor: actors.admin, input: input({ email: "race@captiva.test" }) }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { email: [USER_RULE_MESSAGES.emailTaken] },
    });
    expect(
      await auditRows({ event: "user.created" }).then((rows) =>
        rows.filter((r) => JSON.stringify(r.changes).includes("race@")),
      ),
    ).toHaveLength(1);
  });

  it("needs an NPU for an investigator and an active provider for a partner, checked on the server too", async () => {
    await expect(createUser({ actor: actors.admin, input: input({ npuId: null }) })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { npuId: [ROLE_SCOPE_MESSAGES.npuId] },
    });
    await expect(createUser({ actor: actors.admin, input: input({ npuId: 999_999 }) })).rejects.toMatchObject(
      {
        fieldErrors: { npuId: [expect.any(String)] },
      },
    );
    await expect(
      createUser({
        actor: actors.admin,
        input: input({ role: "PARTNER", providerId: ref.closedProvider.id }),
      }),
    ).rejects.toMatchObject({
      fieldErrors: { providerId: [expect.any(String)] },
    });
    // The schema the form and the action share says the same.
    const parsed = createUserSchema.safeParse({
      name: "",
      email: "bad",
      jobTitle: "",
      role: "PARTNER",
      npuId: "",
      providerId: "",
    });
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["name", "email", "providerId"]);
  });

  it("is refused to anyone without users.manage, and the refusal is audited", async () => {
    const { actor: chair } = await makeActor("CHAIR");
    const before = await getPrisma().user.count();
    await expect(createUser({ actor: chair, input: input() })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: ERROR_MESSAGES.FORBIDDEN,
    });
    expect(await getPrisma().user.count()).toBe(before);
    const refusal = (await auditRows({ event: "access.refused" })).at(-1);
    expect(refusal).toMatchObject({ actorId: chair.id, changes: { detail: { permission: "users.manage" } } });
  });
});
