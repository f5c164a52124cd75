import { describe, expect, it } from "vitest";
import { offenceFormSchema, type OffenceFormValues } from "@/lib/offences/offence-form-schema";
import { todayInUk } from "@/lib/dates/day";
import { offenceFormValues } from "@/lib/testing/offence-form-values";

const valid = offenceFormValues({
  crimeReference: "20/12345-26",
  hotspot: "",
  locationText: "",
  summary: "A synthetic offence.",
});

const messages = (values: Partial<OffenceFormValues>) => {
  const result = offenceFormSchema.safeParse({ ...valid, ...values });
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("offenceFormSchema", () => {
  it("parses a valid offence", () => {
    const parsed = offenceFormSchema.parse(valid);
    expect(parsed).toMatchObject({
      crimeReference: "20/12345-26",
      occurredOn: "2026-10-01",
      recordedOn: "2026-10-02",
      latitude: null,
      longitude: null,
    });
    expect(offenceFormSchema.parse(valid)).not.toHaveProperty("harmScore");
  });
  it("refuses odd characters and over-long crime references", () => {
    expect(messages({ crimeReference: "20/123<script>" }).crimeReference).toMatch(/only include letters/);
    expect(messages({ crimeReference: "A".repeat(31) }).crimeReference).toMatch(/30 characters/);
  });
  it("reads the domestic-abuse flag as no unless it is set, and refuses anything but yes or no", () => {
    expect(offenceFormSchema.parse(valid).domesticAbuse).toBe("no");
    expect(offenceFormSchema.parse({ ...valid, domesticAbuse: "yes" }).domesticAbuse).toBe("yes");
    expect(messages({ domesticAbuse: "maybe" as never }).domesticAbuse).toBe(
      "Select yes if the offence is flagged as domestic abuse",
    );
  });
  it("refuses an offence code out of scope", () => {
    expect(messages({ offenceCode: "99Z" }).offenceCode).toBe("Select the offence");
  });
  it("refuses knife used for possession (10D)", () => {
    expect(messages({ offenceCode: "10D" }).knifeUsed).toMatch(/10D/);
    expect(messages({ offenceCode: "10D", knifeUsed: "no" })).toEqual({});
  });
  it("refuses a recorded date before the occurred date, and dates in the future", () => {
    expect(messages({ recordedOn: { day: "30", month: "9", year: "2026" } }).recordedOn).toMatch(
      /same as or after/,
    );
    const next = new Date(`${todayInUk()}T00:00:00Z`);
    next.setUTCFullYear(next.getUTCFullYear() + 1);
    const future = {
      day: String(next.getUTCDate()),
      month: String(next.getUTCMonth() + 1),
      year: String(next.getUTCFullYear()),
    };
    expect(messages({ recordedOn: future }).recordedOn).toMatch(/today or in the past/);
    expect(messages({ occurredOn: future, recordedOn: future }).occurredOn).toMatch(/today or in the past/);
  });
  it("refuses impossible and incomplete dates", () => {
    expect(messages({ occurredOn: { day: "31", month: "2", year: "2026" } }).occurredOn).toMatch(/real date/);
    expect(messages({ occurredOn: { day: "1", month: "", year: "2026" } }).occurredOn).toBe(
      "Date the offence occurred must include a month",
    );
    expect(messages({ occurredOn: { day: "", month: "", year: "" } }).occurredOn).toBe(
      "Enter the date the offence occurred",
    );
  });
  it("gives a field message, not a crash, for a 10 MB summary", () => {
    expect(messages({ summary: "x".repeat(10 * 1024 * 1024) }).summary).toMatch(/2,000 characters/);
  });
  it("requires the hotspot to be in the NPU", () => {
    expect(messages({ hotspot: "HS01", npu: "Coventry" }).hotspot).toMatch(/in Coventry/);
    expect(messages({ hotspot: "HS01", npu: "Birmingham East" })).toEqual({});
    expect(messages({ hotspot: "NOPE" }).hotspot).toMatch(/from the list/);
  });
  it("reads an optional location as WGS84 decimal degrees, both or neither", () => {
    expect(offenceFormSchema.parse({ ...valid, latitude: " 52.4862 ", longitude: "-1.8904" })).toMatchObject({
      latitude: 52.4862,
      longitude: -1.8904,
    });
    expect(messages({ latitude: "52.4862" }).longitude).toBe(
      "Enter the longitude as well as the latitude, or neither",
    );
    expect(messages({ longitude: "-1.8904" }).latitude).toBe(
      "Enter the latitude as well as the longitude, or neither",
    );
  });
  it("refuses a location that is not decimal degrees or out of range", () => {
    expect(messages({ latitude: "52°29'N", longitude: "-1.89" }).latitude).toBe(
      "Latitude must be a decimal number, for example 52.4862",
    );
    expect(messages({ latitude: "52.48", longitude: "1,89" }).longitude).toBe(
      "Longitude must be a decimal number, for example -1.8904",
    );
    // British National Grid eastings and northings, not degrees.
    expect(messages({ latitude: "286000", longitude: "406000" })).toEqual({
      latitude: "Latitude must be between -90 and 90 (WGS84 degrees)",
      longitude: "Longitude must be between -180 and 180 (WGS84 degrees)",
    });
  });
  it("has no harm score: harm comes from the harm weight table", () => {
    expect(offenceFormSchema.parse({ ...valid, harmScore: "99" } as never)).not.toHaveProperty("harmScore");
  });
});
