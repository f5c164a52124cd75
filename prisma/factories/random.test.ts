import { describe, expect, it } from "vitest";
import { Rng, hashString } from "@/prisma/factories/random";

const draws = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.next());

describe("Rng", () => {
  it("gives the same sequence for the same seed and a different one for another seed", () => {
    expect(draws(new Rng(42), 50)).toEqual(draws(new Rng(42), 50));
    expect(draws(new Rng(42), 50)).not.toEqual(draws(new Rng(43), 50));
    expect(draws(new Rng("label"), 5)).toEqual(draws(new Rng(hashString("label")), 5));
  });

  it("forks independent streams: drawing from one never shifts another", () => {
    const a = new Rng(7);
    const b = new Rng(7);
    const untouched = a.fork("offences");
    const busy = b.fork("users");
    draws(busy, 1000);
    expect(draws(untouched, 20)).toEqual(draws(b.fork("offences"), 20));
    expect(draws(new Rng(7).fork("x"), 10)).not.toEqual(draws(new Rng(7).fork("y"), 10));
  });

  it("keeps draws in range and roughly uniform", () => {
    const rng = new Rng(1);
    const counts = [0, 0, 0, 0, 0, 0];
    let outside = 0;
    for (let i = 0; i < 60_000; i++) {
      const v = rng.next();
      if (v < 0 || v >= 1) outside++;
      counts[rng.int(0, 5)]!++;
    }
    expect(outside).toBe(0);
    for (const c of counts) {
      expect(c).toBeGreaterThan(9_500);
      expect(c).toBeLessThan(10_500);
    }
  });

  it("picks by weight", () => {
    const rng = new Rng(3);
    let heavy = 0;
    for (let i = 0; i < 20_000; i++)
      if (
        rng.weighted([
          ["a", 1],
          ["b", 3],
        ] as const) === "b"
      )
        heavy++;
    expect(heavy / 20_000).toBeCloseTo(0.75, 1);
  });

  it("samples distinct items", () => {
    const picked = new Rng(9).sample([1, 2, 3, 4, 5, 6, 7, 8], 5);
    expect(new Set(picked).size).toBe(5);
    expect(new Rng(9).sample([1, 2], 5).sort()).toEqual([1, 2]);
  });
});
