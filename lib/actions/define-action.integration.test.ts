import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeUser, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { z } from "zod";
import { redirect } from "next/navigation";
import { AppError, ERROR_MESSAGES } from "@/lib/errors";
import { getPrisma } from "@/lib/db/server/prisma";
import { signIn, signInAs, signOutRequest, TEST_CLIENT_ADDRESS } from "@/lib/testing/request";
import { defineAction } from "@/lib/actions/define-action";
import { getActor } from "@/lib/auth/server/get-actor";
import { getAccessReason } from "@/lib/auth/server/get-access-reason";
import { saveAccessReason } from "@/lib/auth/server/save-access-reason";
import { recordConsultation } from "@/lib/audit/server/record-consultation";

vi.mock("next/headers", () => import("@/lib/testing/request"));

withTestDatabase();
beforeEach(signOutRequest);

const lastRefusal = () =>
  getPrisma().auditEvent.findFirst({ where: { event: "access.refused" }, orderBy: { id: "desc" } });

const readOffence = defineAction({
  name: "test.read-offence",
  permission: "offences.read",
  input: z.object({ id: z.coerce.number().int().positive(), note: z.string().max(10).optional() }),
  handler: async ({ actor, input }) => {
    if (input.id === 13)
      throw new Error('duplicate key value violates unique constraint "Offence_pkey" at /srv');
    if (input.id === 409) throw new AppError("CONFLICT");
    if (input.id === 303) redirect("/offences/303");
    return { id: input.id, by: actor.id };
  },
});

describe("defineAction", () => {
  it("refuses the signed-out, and audits it", async () => {
    expect(await readOffence({ id: 1 })).toEqual({
      ok: false,
      error: { code: "UNAUTHENTICATED", message: ERROR_MESSAGES.UNAUTHENTICATED },
    });
    expect(await lastRefusal()).toMatchObject({
      actorId: null,
      address: TEST_CLIENT_ADDRESS,
      changes: { detail: { reason: "unauthenticated" } },
    });
  });

  it("refuses a role without the permission before reading the input, and audits it", async () => {
    const admin = await signInAs("ADMIN");
    expect(await readOffence({ id: "not even a number" } as never)).toEqual({
      ok: false,
      error: { code: "FORBIDDEN", message: ERROR_MESSAGES.FORBIDDEN },
    });
    expect(await lastRefusal()).toMatchObject({
      actorId: admin.id,
      changes: { detail: { permission: "offences.read", action: "test.read-offence" } },
    });
  });

  it("refuses everything but the session's own actions until an administrator-set password is replaced", async () => {
    const analyst = await signInAs("ANALYST");
    await getPrisma().user.update({ where: { id: analyst.id }, data: { mustChangePassword: true } });
    expect(await readOffence({ id: 1 })).toEqual({
      ok: false,
      error: { code: "FORBIDDEN", message: "Change your temporary password first." },
    });
    expect(await lastRefusal()).toMatchObject({
      actorId: analyst.id,
      changes: { detail: { action: "test.read-offence", reason: "password-change-required" } },
    });
    await getPrisma().user.update({ where: { id: analyst.id }, data: { mustChangePassword: false } });
    expect(await readOffence({ id: 1 })).toEqual({ ok: true, data: { id: 1, by: analyst.id } });
  });

  it("runs the handler for a permitted actor, from an object or a form post", async () => {
    const analyst = await signInAs("ANALYST");
    expect(await readOffence({ id: 5 })).toEqual({ ok: true, data: { id: 5, by: analyst.id } });
    const form = new FormData();
    form.set("id", "6");
    expect(await readOffence(form)).toEqual({ ok: true, data: { id: 6, by: analyst.id } });
  });

  it("answers VALIDATION with field errors for an over-long field, and audits the paths, not the values", async () => {
    await signInAs("ANALYST");
    const result = await readOffence({ id: 1, note: "far too long for ten" });
    expect(result).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { note: [expect.any(String)] } },
    });
    const row = await lastRefusal();
    expect(row?.changes).toMatchObject({
      detail: { reason: "invalid-input", issues: [{ path: "note", code: "too_big" }] },
    });
    expect(JSON.stringify(row?.changes)).not.toContain("far too long");
  });

  it("passes expected errors through and hides unexpected ones", async () => {
    await signInAs("ANALYST");
    expect(await readOffence({ id: 409 })).toEqual({
      ok: false,
      error: { code: "CONFLICT", message: ERROR_MESSAGES.CONFLICT },
    });
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await readOffence({ id: 13 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: "INTERNAL", message: ERROR_MESSAGES.INTERNAL },
    });
    expect(JSON.stringify(result)).not.toContain("duplicate key");
    expect(spy).toHaveBeenCalledOnce();
    spy.mockRestore();
  });

  it("lets redirect() through", async () => {
    await signInAs("ANALYST");
    await expect(readOffence({ id: 303 })).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
  });
});

describe("access reasons and consultation", () => {
  it("remembers a reason for the rest of the sign-in, not beyond", async () => {
    await signIn(await makeUser("ANALYST"), { now: Date.now() - 5000 });
    const actor = (await getActor())!;
    const person = { type: "person", id: 77 } as const;
    expect(await getAccessReason({ actor, contexts: [person] })).toBeNull();

    const meeting = { type: "meeting", id: 3 } as const;
    await saveAccessReason({
      actor,
      input: {
        contextType: "meeting",
        contextId: 3,
        reason: "Preparing for or attending a Captiva Guardian meeting",
      },
    });
    expect(await getAccessReason({ actor, contexts: [person, meeting] })).toEqual({
      reason: "Preparing for or attending a Captiva Guardian meeting",
      context: meeting,
    });
    // The same user signing in again is asked again.
    expect(
      await getAccessReason({ actor: { ...actor, sessionKey: "another-sign-in" }, contexts: [meeting] }),
    ).toBeNull();
  });

  it("logs a consultation with its justification, and insists on one", async () => {
    await signInAs("ANALYST");
    const actor = (await getActor())!;
    await recordConsultation({
      actor,
      event: "person.viewed",
      entity: { type: "person", id: 77 },
      justification: "Safeguarding",
    });
    const row = await getPrisma().auditEvent.findFirst({
      where: { event: "person.viewed" },
      orderBy: { id: "desc" },
    });
    expect(row).toMatchObject({
      category: "CONSULTATION",
      actorId: actor.id,
      entityId: "77",
      justification: "Safeguarding",
    });
    await expect(
      recordConsultation({
        actor,
        event: "person.viewed",
        entity: { type: "person", id: 77 },
        justification: "  ",
      }),
    ).rejects.toMatchObject({
      code: "REASON_REQUIRED",
    });
  });
});
