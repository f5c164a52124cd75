import { describe, expect, it } from "vitest";
import { droppedKeys, normaliseViewQuery } from "@/lib/saved-views/normalise-query";

// Issue 18: a saved view carries only what its list accepts, as the list's own parser reads it.

describe("normaliseViewQuery", () => {
  it("keeps each list's known filters and sort, drops the page, unknown keys and refused values", () => {
    expect(normaliseViewQuery("OFFENCES", "?page=3&knife=yes&npu=x&evil=1&sort=npu&dir=desc&size=50")).toBe(
      "knife=yes&sort=npu&dir=desc&size=50",
    );
    expect(normaliseViewQuery("INTELLIGENCE", "q=k&handling=C&source=nope&page=2")).toBe("handling=C");
    expect(normaliseViewQuery("ACTIONS", "status=all&rag=PURPLE&owner=-1&raised=me")).toBe(
      "status=all&raised=me",
    );
    expect(normaliseViewQuery("REFERRALS", "state=ENGAGED&due=yes&q=%25%25&admin=1")).toBe(
      "state=ENGAGED&due=yes",
    );
  });

  it("drops dates the list ignores (not real, or to before from) and keeps a typed officer name", () => {
    expect(normaliseViewQuery("OFFENCES", "from=2026-02-30&to=2026-03-01")).toBe("to=2026-03-01");
    expect(normaliseViewQuery("OFFENCES", "from=2026-03-02&to=2026-03-01")).toBe("");
    expect(normaliseViewQuery("OFFENCES", "oic=Smith")).toBe("oic=Smith");
  });

  it("takes the first of a repeated key, as the list does, and is stable when run again", () => {
    const once = normaliseViewQuery("OFFENCES", "knife=yes&knife=no&u25=yes");
    expect(once).toBe("knife=yes&u25=yes");
    expect(normaliseViewQuery("OFFENCES", once)).toBe(once);
  });

  it("names what it dropped", () => {
    expect(droppedKeys("knife=yes&evil=1&page=2", "knife=yes")).toEqual(["evil", "page"]);
  });
});
