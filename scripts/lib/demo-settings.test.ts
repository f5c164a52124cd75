import { describe, expect, it } from "vitest";
import { showDemoAccountsFor } from "./demo-settings";

describe("showDemoAccountsFor", () => {
  it("is on for the embedded demo database unless switched off", () => {
    expect(showDemoAccountsFor({ setting: undefined, embedded: true })).toBe("true");
    expect(showDemoAccountsFor({ setting: false, embedded: true })).toBe("false");
  });

  it("is off against a real database unless switched on", () => {
    expect(showDemoAccountsFor({ setting: undefined, embedded: false })).toBe("false");
    expect(showDemoAccountsFor({ setting: true, embedded: false })).toBe("true");
  });
});
