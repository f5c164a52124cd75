import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { makeActor, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { saveProvider } from "@/lib/providers/server/save-provider";

// Issue 16: a conflict on a provider shows the saved values beside the editor's, field by field,
// writes nothing, and a save with the version now on the page goes through.

withTestDatabase();

const fields = {
  name: "Mentoring Trust",
  type: "Charity",
  pathways: ["Mentoring"],
  areaCovered: "Coventry",
  contactRoute: "refer@example.org",
  active: true,
};

describe("saveProvider conflicts", () => {
  it("shows what is saved beside what was typed, writes nothing, and the retry with the new version saves", async () => {
    const { actor } = await makeActor("ADMIN");
    const { id } = await saveProvider({ actor, input: fields });
    await saveProvider({
      actor,
      input: { ...fields, id, version: 1, areaCovered: "Coventry and Warwickshire" },
    });

    const stale = saveProvider({
      actor,
      input: { ...fields, id, version: 1, contactRoute: "new@example.org" },
    });
    await expect(stale).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: {
        areaCovered: [
          "Area covered was changed: you entered “Coventry”, the saved value is “Coventry and Warwickshire”",
        ],
        contactRoute: [
          "Contact route was changed: you entered “new@example.org”, the saved value is “refer@example.org”",
        ],
      },
    });
    const error = (await stale.catch((e: unknown) => e)) as { fieldErrors: Record<string, string[]> };
    expect(error.fieldErrors._form![0]).toMatch(/saved this provider at .* 2 fields differ/);
    expect(error.fieldErrors.name).toBeUndefined();
    expect(await getPrisma().provider.findUniqueOrThrow({ where: { id } })).toMatchObject({
      version: 2,
      contactRoute: "refer@example.org",
    });

    await saveProvider({
      actor,
      input: {
        ...fields,
        id,
        version: 2,
        areaCovered: "Coventry and Warwickshire",
        contactRoute: "new@example.org",
      },
    });
    expect(await getPrisma().provider.findUniqueOrThrow({ where: { id } })).toMatchObject({
      version: 3,
      contactRoute: "new@example.org",
    });
  });
});
