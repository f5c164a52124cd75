import { expect, test } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { queryE2eDatabase } from "../support/database";
import { expectNameNotIn } from "../support/sealed-address";

// Issue 18: the people index. An analyst finds a person by a misspelt name from the navigation,
// narrows by filters, and opens the record through the reason prompt; the search's audit row and
// the view's are read back. Bad input gets a message beside the field, never an error page.

test.describe.configure({ timeout: 120_000 });

test("an analyst finds a person by name in People, filters, and opens the record with a reason", async ({
  page,
}) => {
  const startedAt = new Date();
  // A person whose full name no one else has, who is on an offence and has an NPU.
  const [person] = await queryE2eDatabase<{
    id: number;
    surname: string;
    forenames: string;
    npu: string;
    role: string;
  }>(
    `select p.id, p.surname, split_part(p.forenames, ' ', 1) as forenames, n.name as npu,
        (select op.role::text from "OffencePerson" op where op."personId" = p.id and op."removedAt" is null
          order by op.id limit 1) as role
      from "Person" p join "Npu" n on n.id = p."npuId"
      where p."mergedIntoId" is null and length(p.surname) >= 7 and p.forenames <> ''
        and exists (select 1 from "OffencePerson" op where op."personId" = p.id and op."removedAt" is null)
        and (select count(*) from "Person" q where q.surname = p.surname and q.forenames = p.forenames) = 1
      order by p.id limit 1`,
  );
  const misspelt = person!.surname.slice(0, 2) + person!.surname.slice(3); // one letter left out

  await signInAs(page, "analyst");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("People");
  await expect(page.getByTestId("person-empty")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Name or nominal id").fill(`${misspelt} ${person!.forenames}`);
  await page.getByTestId("apply-filters").click();
  const link = page.locator(`a[href="/persons/${person!.id}"]`);
  await expect(link).toBeVisible();
  // A year of birth at most: never a full date of birth in the list.
  await expect(page.getByTestId("person-results")).not.toContainText(
    /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
  );

  // Narrow by the person's NPU and role: still listed, and the filters show as tags.
  await page.getByLabel("NPU").selectOption({ label: person!.npu });
  await page.getByLabel("Role on an offence").selectOption(person!.role);
  await page.getByTestId("apply-filters").click();
  // The filters come back sealed: the name searched for never stands in the address.
  await expect(page).toHaveURL(/\/persons\?sealed=[A-Za-z0-9_-]+$/);
  expectNameNotIn(page.url(), misspelt);
  await expect(link).toBeVisible();
  await expect(
    page.getByTestId("person-filters").getByRole("link", { name: /Remove this filter/ }),
  ).toHaveCount(3);
  await expectNoAxeViolations(page);

  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Why are you opening this record?");
  await page.getByLabel("Answering an intelligence requirement").check();
  await page.getByRole("button", { name: "Continue to the record" }).click();
  await expect(page.getByTestId("person-name")).toContainText(person!.surname.toUpperCase());

  const searches = await queryE2eDatabase<{ terms: string; category: string }>(
    `select a.changes->'detail'->>'terms' as terms, a.category from "AuditEvent" a join "User" u on u.id = a."actorId"
      where u.email = 'analyst@captiva.example' and a.event = 'person.index-searched' and a."occurredAt" >= $1
        and a.changes->'detail'->>'terms' like $2 order by a.id`,
    [startedAt, `name or nominal id: ${misspelt} ${person!.forenames}%`],
  );
  expect(searches.map((s) => s.category)).toEqual(["CONSULTATION", "CONSULTATION"]);
  expect(searches[1]!.terms).toContain(`role: ${person!.role}`);
  const [view] = await queryE2eDatabase<{ justification: string }>(
    `select justification from "AuditEvent" where event = 'person.viewed' and "entityId" = $1
      and "occurredAt" >= $2 order by id desc limit 1`,
    [String(person!.id), startedAt],
  );
  expect(view!.justification).toBe("Answering an intelligence requirement");
});

test("bad input in the people index gets a message beside the field, never an error page", async ({
  page,
}) => {
  await signInAs(page, "analyst");
  // The form posts and comes back sealed; what it sends is posted here as the form would.
  const search = async (fields: Record<string, string>) => {
    const reply = await page.request.post("/search/run", {
      form: { to: "/persons", ...fields },
      maxRedirects: 0,
    });
    expect(reply.status()).toBe(303);
    await page.goto(reply.headers()["location"]!);
  };
  await search({ q: "a", dobDay: "30", dobMonth: "2", dobYear: "2007" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("People");
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("Enter at least 2 letters or numbers to search.");
  await expect(summary).toContainText("Date of birth must be a real date");
  // What was typed stays in the boxes.
  await expect(page.locator("#dob")).toHaveValue("30");
  await expectNoAxeViolations(page);

  // 5,000 characters of wildcards: no letters to search, so a message; wildcards are never "anything".
  await search({ q: "%_*".repeat(1700) });
  await expect(page.getByTestId("error-summary")).toContainText("Enter at least 2 letters or numbers");
  await search({ q: "Zqx%" });
  // A NUL byte is bad input, never an error page.
  await search({ q: "Zq\u0000x" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("People");
  await search({ q: "Zqx%" });
  await expect(page.getByTestId("person-results-count")).toContainText("No people match");
});
