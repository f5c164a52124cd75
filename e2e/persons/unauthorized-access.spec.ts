import { expect, test } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { queryE2eDatabase } from "../support/database";
import { actionResult, callServerAction } from "../support/server-actions";
import { mergeInput } from "../../lib/testing/merge-input";

// Person records, recording offences and merging: every role that must be refused is refused, by
// page and by calling the action directly, and nothing changes.

const firstIds = async () => {
  const [row] = await queryE2eDatabase<{ personId: number; offenceId: number; otherId: number }>(
    `select (select min(id) from "Person") as "personId", (select min(id) from "Offence") as "offenceId", (select max(id) from "Person") as "otherId"`,
  );
  return row!;
};

for (const role of ["partner", "admin"] as const) {
  test(`the ${role} cannot open a person record or change case data`, async ({ page }) => {
    const { personId, offenceId, otherId } = await firstIds();
    await signInAs(page, role);
    for (const path of [
      `/persons/${personId}`,
      "/offences/new",
      `/offences/${offenceId}/people/add`,
      `/persons/merge?a=${personId}&b=${otherId}`,
    ]) {
      expect((await page.goto(path))?.status(), path).toBe(403);
    }
    const merge = await callServerAction(page, "mergePersonsAction", [mergeInput(personId, otherId)]);
    expect(await actionResult(merge)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const reason = await callServerAction(page, "savePersonAccessReasonAction", [
      { contextType: "person", contextId: personId, reason: "Other", details: "x" },
    ]);
    expect(await actionResult(reason)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });
}

test("an investigator may open a person record but not record offences, add people or merge", async ({
  page,
}) => {
  const { personId, offenceId, otherId } = await firstIds();
  await signInAs(page, "investigator");
  const record = await page.goto(`/persons/${personId}`);
  expect(record?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Why are you opening this record?");
  for (const path of [
    "/offences/new",
    `/offences/${offenceId}/edit`,
    `/offences/${offenceId}/people/add`,
    `/persons/merge?a=${personId}&b=${otherId}`,
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(403);
  }
  const add = await callServerAction(page, "addPersonToOffenceAction", [
    { offenceId, personId: otherId, role: "WITNESS" },
  ]);
  expect(await actionResult(add)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  const links = await queryE2eDatabase(
    `select 1 from "OffencePerson" where "offenceId" = $1 and "personId" = $2 and role = 'WITNESS'`,
    [offenceId, otherId],
  );
  expect(links).toHaveLength(0);
});
