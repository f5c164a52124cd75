import { describe, expect, it } from "vitest";
import { importedStatus } from "./imported-status";

describe("importedStatus", () => {
  it("finalises an investigation when the RMS assigns an outcome", () => {
    expect(importedStatus(null, 1)).toBe("FINALISED");
    expect(importedStatus("OPEN", 14)).toBe("FINALISED");
    expect(importedStatus("PENDING_SUSPECT", 18)).toBe("FINALISED");
    expect(importedStatus("CHARGED", 1)).toBe("FINALISED");
    expect(importedStatus("FINALISED", 2)).toBe("FINALISED");
  });

  it("opens a new offence, and reopens a finalised one, when the RMS has no outcome", () => {
    expect(importedStatus(null, null)).toBe("OPEN");
    expect(importedStatus(null, 0)).toBe("OPEN");
    expect(importedStatus("FINALISED", null)).toBe("OPEN");
    expect(importedStatus("FINALISED", 0)).toBe("OPEN");
  });

  it("keeps the app's status of an unfinished case without an outcome, or when the file has no outcome column", () => {
    expect(importedStatus("PENDING_SUSPECT", null)).toBe("PENDING_SUSPECT");
    expect(importedStatus("CHARGED", 0)).toBe("CHARGED");
    expect(importedStatus("FINALISED", undefined)).toBe("FINALISED");
    expect(importedStatus(null, undefined)).toBe("OPEN");
  });
});
