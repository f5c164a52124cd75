import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { postFromPage } from "../support/server-actions";
import { expectNoAxeViolations } from "../support/axe";
import { queryE2eDatabase } from "../support/database";

// Issue 7: an analyst imports the RMS extract. A file with a bad row is checked and refused with
// the line, column and reason; the fixed file is imported. Bad input is reported, never imported.

const HEADER =
  "crime_reference,recorded_date,occurred_date,ho_offence_code,knife_used,npu,victim_age,summary";
const stamp = Date.now().toString(36).toUpperCase();
const ref = (n: number) => `E2E-IMP-${stamp}-${n}`;
const offencesCsv = (rows: string[]) => ({
  name: "offences.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(`${HEADER}\r\n${rows.join("\r\n")}\r\n`),
});
const good = (n: number) => `${ref(n)},2026-10-02,2026-10-01,8N,Y,Coventry,17,Synthetic import ${n}`;

async function upload(
  page: Page,
  offences: ReturnType<typeof offencesCsv>,
  persons?: { name: string; mimeType: string; buffer: Buffer },
) {
  await page.goto("/imports");
  await page.getByLabel("Offences file").setInputFiles(offences);
  if (persons) await page.getByLabel("Persons file (optional)").setInputFiles(persons);
  await page.getByRole("button", { name: "Upload and check" }).click();
  await expect(page).toHaveURL(/\/imports\/\d+$/);
  // The dry run runs on the server; the page refreshes itself until it is done.
  await expect(page.getByTestId("import-counts")).toBeVisible({ timeout: 30_000 });
}

test("an analyst imports a CSV with one bad row, sees the error, fixes it and imports", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "analyst");
  await page.goto("/imports");
  await expect(page.getByRole("heading", { name: "Import from the RMS" })).toBeVisible();
  await expectNoAxeViolations(page);

  await upload(
    page,
    offencesCsv([good(1), `${ref(2)},02/10/2026,2026-10-01,8N,N,Coventry,30,Bad date`, good(3)]),
  );
  const problems = page.getByTestId("import-problems");
  await expect(problems).toContainText("recorded_date");
  await expect(problems.getByRole("row").nth(1)).toContainText("3");
  await expect(problems).toContainText("“02/10/2026” is not a date in the format YYYY-MM-DD");
  await expect(page.getByTestId("import-has-problems")).toContainText(
    "Nothing is imported until every row is valid",
  );
  await expect(page.getByRole("button", { name: "Import all" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(
    await queryE2eDatabase(`SELECT id FROM "Offence" WHERE "crimeReference" LIKE $1`, [`E2E-IMP-${stamp}-%`]),
  ).toHaveLength(0);

  // The fixed file comes with a witness the RMS knows under a new nominal id, but who is recorded
  // here already: the completed import offers the pair for merge.
  const [known] = await queryE2eDatabase<{ id: number; surname: string; forenames: string; dob: string }>(
    `SELECT id, surname, forenames, "dateOfBirth"::text AS dob FROM "Person" WHERE "mergedIntoId" IS NULL AND "dateOfBirth" IS NOT NULL ORDER BY id LIMIT 1`,
  );
  const personsCsv = `crime_reference,person_ref,role,surname,forenames,date_of_birth,gender\r\n${ref(1)},E2E-N-${stamp},WITNESS,${known!.surname},${known!.forenames},${known!.dob},UNKNOWN\r\n`;
  await upload(
    page,
    offencesCsv([good(1), `${ref(2)},2026-10-02,2026-10-01,8N,N,Coventry,30,Fixed date`, good(3)]),
    {
      name: "persons.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(personsCsv),
    },
  );
  await expect(page.getByTestId("import-counts").getByRole("row", { name: /^Offences/ })).toContainText("3");
  await page.getByRole("button", { name: "Import all" }).click();
  await expect(page.getByTestId("import-completed")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("import-completed")).toContainText(
    "3 offences and 1 person added or updated",
  );
  const duplicates = page.getByTestId("import-duplicates");
  await expect(duplicates).toContainText("New persons to check for duplicates (1)");
  await expect(duplicates).toContainText("Same date of birth");
  await expectNoAxeViolations(page);
  await duplicates
    .getByRole("link", { name: `Compare and merge with record ${known!.id}`, exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`/persons/merge\\?a=\\d+&b=${known!.id}$`));
  await expect(page.getByRole("heading", { name: "Merge duplicate person records" })).toBeVisible();

  const rows = await queryE2eDatabase<{ crimeReference: string; source: string; youngestVictimAge: number }>(
    `SELECT "crimeReference", source::text AS source, "youngestVictimAge" FROM "Offence" WHERE "crimeReference" LIKE $1 ORDER BY 1`,
    [`E2E-IMP-${stamp}-%`],
  );
  expect(rows).toEqual([
    { crimeReference: ref(1), source: "IMPORT", youngestVictimAge: 17 },
    { crimeReference: ref(2), source: "IMPORT", youngestVictimAge: 30 },
    { crimeReference: ref(3), source: "IMPORT", youngestVictimAge: 17 },
  ]);
  await page.goto("/imports");
  await expect(page.getByTestId("import-history")).toContainText("Imported");
});

test("bad input is reported clearly, and rejected rows download with formulas neutralised", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, "analyst");
  const formula = `${ref(10)},2026-10-02,2026-10-01,8N,Y,Coventry,20,"=HYPERLINK(""http://example.invalid"",""x"")"`;
  await upload(
    page,
    offencesCsv([formula, `${ref(11)},2026-10-02,2026-10-01,99Z,N,Narnia,20,x`, good(12), good(12)]),
    {
      name: "persons.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]),
    },
  );
  const problems = page.getByTestId("import-problems");
  await expect(problems).toContainText("which a spreadsheet would run as a formula");
  await expect(problems).toContainText("“99Z” is not a Home Office offence code in scope");
  await expect(problems).toContainText("“Narnia” is not a neighbourhood policing unit");
  await expect(problems).toContainText(`Crime reference ${ref(12)} is also on line 4`);
  await expect(problems).toContainText("not a CSV text file");
  // An unreadable file can only be fixed and sent again.
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download rejected offences rows (CSV)" }).click();
  const text = await (
    await (await download).createReadStream()
  )
    .toArray()
    .then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(text).toContain("rejected_line,rejected_reasons");
  expect(text).toContain(`"'=HYPERLINK(""http://example.invalid"",""x"")"`);
  expect(text).not.toMatch(/,=HYPERLINK/);
});

for (const role of ["chair", "investigator", "partner", "admin"] as const) {
  test(`the upload and the rejected-rows download are refused to the ${role}`, async ({ page }) => {
    await signInAs(page, role);
    const upload = await postFromPage(page, "/imports/upload", {
      multipart: { offences: offencesCsv([good(20)]) },
    });
    expect(upload.status()).toBe(403);
    const rejected = await postFromPage(page, "/imports/1/rejected", {
      form: { kind: "offences" },
    });
    expect(rejected.status()).toBe(403);
    expect(
      await queryE2eDatabase(`SELECT id FROM "Offence" WHERE "crimeReference" = $1`, [ref(20)]),
    ).toHaveLength(0);
  });
}

test("an upload over 50 MB is refused with the reason", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "analyst");
  const tooLarge = await postFromPage(page, "/imports/upload", {
    multipart: {
      offences: { name: "offences.csv", mimeType: "text/csv", buffer: Buffer.alloc(51 * 1024 * 1024, 0x61) },
    },
  });
  expect(tooLarge.status()).toBe(303);
  expect(tooLarge.headers().location).toContain("/imports?error=too-large");
  await page.goto("/imports?error=too-large");
  await expect(page.getByTestId("error-summary")).toContainText(
    "The files must be 50 MB or smaller together",
  );
  await expectNoAxeViolations(page);
});
