import { describe, expect, it } from "vitest";
import { createPersonSchema, personSearchSchema } from "@/lib/persons/schemas";

describe("person schemas", () => {
  it("refuses a date of birth that makes someone 140", () => {
    const result = personSearchSchema.safeParse({
      surname: "Smith",
      forenames: "",
      dateOfBirth: { day: "1", month: "1", year: "1886" },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ["dateOfBirth"],
      message: expect.stringMatching(/120 or younger/),
    });
  });
  it("allows an unknown date of birth", () => {
    expect(
      personSearchSchema.parse({
        surname: "Smith",
        forenames: "John",
        dateOfBirth: { day: "", month: "", year: "" },
      }).dateOfBirth,
    ).toBeNull();
  });
  it("requires the role, gender and surname of a new person", () => {
    const result = createPersonSchema.safeParse({
      offenceId: 1,
      surname: " ",
      dateOfBirth: { day: "", month: "", year: "" },
      vulnerable: "no",
    });
    const paths = result.error?.issues.map((i) => i.path.join(".")).sort();
    expect(paths).toEqual(["gender", "role", "surname"]);
  });
});
