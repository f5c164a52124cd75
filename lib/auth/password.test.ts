import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

describe("password hashing", () => {
  it("hashes with argon2id and verifies only the right password", async () => {
    const hash = await hashPassword("Guardian-demo-2026");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "Guardian-demo-2026")).toBe(true);
    expect(await verifyPassword(hash, "guardian-demo-2026")).toBe(false);
  });

  it("salts every hash and treats a malformed hash as a mismatch", async () => {
    expect(await hashPassword("same")).not.toBe(await hashPassword("same"));
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});
