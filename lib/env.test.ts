import { afterEach, describe, expect, it } from "vitest";
import { getEnv, resetEnvCache } from "./env";

const saved = process.env.SHOW_DEMO_ACCOUNTS;
afterEach(() => {
  if (saved === undefined) delete process.env.SHOW_DEMO_ACCOUNTS;
  else process.env.SHOW_DEMO_ACCOUNTS = saved;
  resetEnvCache();
});

function withSetting(value: string | undefined) {
  if (value === undefined) delete process.env.SHOW_DEMO_ACCOUNTS;
  else process.env.SHOW_DEMO_ACCOUNTS = value;
  resetEnvCache();
  return getEnv().SHOW_DEMO_ACCOUNTS;
}

// Issue 13 item 7: the demo accounts (and the shared password) were listed by default wherever
// demo data existed. Only `npm start`'s embedded demo switches the panel on (scripts/lib/demo-settings).
describe("SHOW_DEMO_ACCOUNTS", () => {
  it("is not on unless set", () => {
    expect(withSetting(undefined)).not.toBe(true);
    expect(withSetting("")).not.toBe(true);
  });

  it("follows an explicit setting", () => {
    expect(withSetting("true")).toBe(true);
    expect(withSetting("false")).toBe(false);
  });
});
