import { beforeEach, describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { getPrisma } from "@/lib/db/server/prisma";
import { signInAs, signOutRequest } from "@/lib/testing/request";
import { twentyAtOnce } from "@/lib/testing/twenty-at-once";
import { createOffence } from "@/prisma/factories/create-offence";
import { createPerson } from "@/prisma/factories/create-person";
import { createUser } from "@/prisma/factories/create-user";
import { createMeeting } from "@/prisma/factories/create-meeting";
import { saveMeetingAction } from "@/app/meetings/actions";
import { addFreeAgendaItemAction } from "@/app/meetings/[id]/actions";
import { createReferralAction } from "@/app/referrals/actions";
import { submitIntelligenceAction } from "@/app/intelligence/actions";
import { createProviderAction } from "@/app/admin/providers/actions";
import { createUserAction } from "@/app/admin/users/actions";
import { addPersonToOffenceAction, createPersonAction } from "@/app/offences/[id]/people/add/actions";

// Issue 16: 20 identical create submissions at once used to make 20 records. Each create action
// is called 20 times concurrently by the same signed-in user; the table must hold one new row and
// every call must answer with that row (the repeats with `alreadyDone` pointing at it).

vi.mock("next/headers", () => import("@/lib/testing/request"));
vi.mock("next/cache", () => import("@/lib/testing/request"));

withTestDatabase({ env: { DATABASE_POOL_SIZE: "10" } });
beforeEach(signOutRequest);

/** The intelligence form as submitted, received on the given day of November 2026. */
const intelligence = (day: string, text: string) => ({
  receivedOn: { day, month: "11", year: "2026" },
  text,
  locationText: "",
  sourceEvaluation: "S1" as const,
  assessment: "A" as const,
  handlingCode: "P" as const,
  handlingConditions: "",
  personIds: [],
  offenceIds: [],
  groupIds: [],
});

/** A charity a referral can go to on the mentoring pathway (open unless told). */
const mentoringProvider = (name: string, { active = true } = {}) =>
  getPrisma().provider.create({
    data: {
      name,
      type: "Charity",
      pathways: ["Mentoring"],
      areaCovered: "All",
      contactRoute: "x@example.org",
      active,
    },
  });

/** The referral form as submitted: this person to this provider's mentoring, on 2 November 2026. */
const mentoringReferral = (person: { id: number }, provider: { id: number }, reason: string) => ({
  offenceId: null,
  personId: String(person.id),
  route: `${provider.id}:Mentoring`,
  reason,
  referredOn: "2026-11-02",
});

describe("each create happens once", () => {
  it("meetings.save", async () => {
    const chair = await signInAs("CHAIR");
    await signInAs("ANALYST");
    const input = {
      title: "Idempotent forum",
      heldOn: "2027-03-04",
      time: "10:00",
      location: "Room 1",
      chairId: String(chair.id),
      deputyId: "",
      attendeeIds: [],
      apologyIds: [],
      externalAttendees: "",
    };
    const href = await twentyAtOnce(
      () => saveMeetingAction(input),
      () => getPrisma().meeting.count(),
    );
    const made = await getPrisma().meeting.findFirstOrThrow({ where: { title: "Idempotent forum" } });
    expect(href).toBe(`/meetings/${made.id}`);
  });

  it("meetings.add-item", async () => {
    const chair = await createUser(getPrisma(), { role: "CHAIR" });
    const meeting = await createMeeting(getPrisma(), { chairId: chair.id });
    await signInAs("ANALYST");
    const href = await twentyAtOnce(
      () => addFreeAgendaItemAction({ meetingId: meeting.id, title: "Any other business", annotation: "" }),
      () => getPrisma().agendaItem.count({ where: { meetingId: meeting.id } }),
    );
    expect(href).toBe(`/meetings/${meeting.id}`);
  });

  it("referrals.create", async () => {
    const person = await createPerson(getPrisma());
    const provider = await mentoringProvider("Idem Trust");
    await signInAs("ANALYST");
    const input = mentoringReferral(person, provider, "Needs a mentor");
    const href = await twentyAtOnce(
      () => createReferralAction(input),
      () => getPrisma().referral.count({ where: { personId: person.id } }),
    );
    const made = await getPrisma().referral.findFirstOrThrow({ where: { personId: person.id } });
    expect(href).toBe(`/referrals/${made.id}`);
  });

  it("offences.add-person", async () => {
    const offence = await createOffence(getPrisma());
    const person = await createPerson(getPrisma());
    await signInAs("ANALYST");
    await twentyAtOnce(
      () => addPersonToOffenceAction({ offenceId: offence.id, personId: person.id, role: "WITNESS" }),
      () => getPrisma().offencePerson.count({ where: { offenceId: offence.id } }),
    );
  });

  it("persons.create", async () => {
    const offence = await createOffence(getPrisma());
    await signInAs("ANALYST");
    const input = {
      offenceId: offence.id,
      role: "WITNESS" as const,
      surname: "Idemworth",
      forenames: "Ann",
      dateOfBirth: { day: "", month: "", year: "" },
      gender: "FEMALE" as const,
      npu: "",
      vulnerable: "no" as const,
    };
    await twentyAtOnce(
      () => createPersonAction(input),
      () => getPrisma().person.count({ where: { surname: "Idemworth" } }),
    );
  });

  // Creates whose repeats are sent to the new record's page, /<page>/<id>.
  it.each([
    {
      name: "intelligence.submit",
      role: "ANALYST" as const,
      submit: () => submitIntelligenceAction(intelligence("2", "Idempotent synthetic intelligence")),
      count: () => getPrisma().intelligenceItem.count(),
      page: "/intelligence",
    },
    {
      name: "providers.create",
      role: "ADMIN" as const,
      submit: () =>
        createProviderAction({
          name: "Idempotent Provider",
          type: "Charity",
          pathways: "Mentoring",
          areaCovered: "All",
          contactRoute: "y@example.org",
          active: "yes",
        }),
      count: () => getPrisma().provider.count({ where: { name: "Idempotent Provider" } }),
      page: "/admin/providers",
    },
    {
      name: "users.create",
      role: "ADMIN" as const,
      submit: () =>
        createUserAction({
          name: "Idem Potent",
          email: "idem.potent@captiva.example",
          jobTitle: "",
          role: "ANALYST",
          npuId: "",
          providerId: "",
        } as never),
      count: () => getPrisma().user.count({ where: { email: "idem.potent@captiva.example" } }),
      page: "/admin/users",
    },
  ])("$name", async ({ role, submit, count, page }) => {
    await signInAs(role);
    expect(await twentyAtOnce(submit, count)).toMatch(new RegExp(`^${page}/\\d+$`));
  });

  it("a different user, or a changed field, is a new record", async () => {
    await signInAs("ANALYST");
    const base = intelligence("3", "First synthetic note");
    const before = await getPrisma().intelligenceItem.count();
    await submitIntelligenceAction(base);
    await submitIntelligenceAction({ ...base, text: "Second synthetic note" });
    await signInAs("ANALYST");
    await submitIntelligenceAction(base);
    expect(await getPrisma().intelligenceItem.count()).toBe(before + 3);
  });

  it("a refused create lets go of its key, so the corrected retry runs", async () => {
    await signInAs("ANALYST");
    const provider = await mentoringProvider("Closed Idem", { active: false });
    const person = await createPerson(getPrisma());
    const input = mentoringReferral(person, provider, "Retry");
    expect((await createReferralAction(input)).ok).toBe(false);
    await getPrisma().provider.update({ where: { id: provider.id }, data: { active: true } });
    const retried = await createReferralAction(input);
    expect(retried.ok).toBe(true);
    expect(await getPrisma().referral.count({ where: { personId: person.id } })).toBe(1);
  });
});
