import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { anchorKeyFor, appendCheckpoint, readAnchorFile } from "./anchor";

const dir = mkdtempSync(join(tmpdir(), "captiva-anchor-unit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const key = "a".repeat(40);
const checkpoint = { seq: 42n, hash: "f".repeat(64), at: new Date("2026-12-07T03:00:00.000Z") };

describe("audit checkpoints", () => {
  it("reads back what it appended, signed", () => {
    const file = join(dir, "ok.jsonl");
    appendCheckpoint(file, key, checkpoint);
    appendCheckpoint(file, key, { ...checkpoint, seq: 43n });
    expect(readAnchorFile(file, key)).toEqual({
      checkpoints: [checkpoint, { ...checkpoint, seq: 43n }],
      badLines: [],
    });
  });

  it("refuses a line edited, signed with another key, or not a checkpoint at all", () => {
    const file = join(dir, "bad.jsonl");
    appendCheckpoint(file, key, checkpoint);
    const edited = readFileSync(file, "utf8").replace('"seq":"42"', '"seq":"41"');
    appendCheckpoint(join(dir, "other.jsonl"), "b".repeat(40), checkpoint);
    writeFileSync(file, edited + readFileSync(join(dir, "other.jsonl"), "utf8") + "not json\n");
    expect(readAnchorFile(file, key)).toEqual({ checkpoints: [], badLines: [1, 2, 3] });
  });

  it("keeps a generated key in DATA_DIR when AUDIT_ANCHOR_KEY is unset", () => {
    const first = anchorKeyFor({ DATA_DIR: join(dir, "data") });
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(anchorKeyFor({ DATA_DIR: join(dir, "data") })).toBe(first);
    expect(anchorKeyFor({ DATA_DIR: join(dir, "data"), AUDIT_ANCHOR_KEY: key })).toBe(key);
  });
});
