import { hash, verify, type Algorithm } from "@node-rs/argon2";

// argon2id with the OWASP baseline (19 MiB, 2 passes, 1 lane). No "server-only" import: the seed
// script hashes the demo accounts' password with it outside Next.js.

const ARGON2ID = 2 as Algorithm; // Algorithm.Argon2id: a const enum, unusable under isolatedModules

const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, OPTIONS);
}

/** false (never a throw) for a wrong password or a malformed stored hash. */
export async function verifyPassword(passwordHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(passwordHash, plain);
  } catch {
    return false;
  }
}
