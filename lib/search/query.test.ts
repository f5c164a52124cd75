import { describe, expect, it } from "vitest";
import { likeLiteral, MAX_QUERY_LENGTH, normaliseName, readQuery } from "@/lib/search/query";
import { NAME_MATCH_THRESHOLD, nameScore } from "@/lib/search/name-score";

const terms = (raw: unknown) => {
  const read = readQuery(raw);
  if (!read.ok) throw new Error(read.message);
  return read.terms;
};

describe("normaliseName", () => {
  it("ignores case and accents", () => {
    expect(normaliseName("ZOË Brontë")).toBe("zoe bronte");
    expect(normaliseName("Łukasz Gonçalves-Ñúñez")).toBe("lukasz goncalves nunez");
    expect(normaliseName("Strauß")).toBe("strauss");
  });
  it("breaks hyphenated, double-barrelled and apostrophe names into words", () => {
    expect(normaliseName("Smith-Jones")).toBe("smith jones");
    expect(normaliseName("O'Neil")).toBe("o neil");
    expect(normaliseName("  Ffion   Lloyd  Owen ")).toBe("ffion lloyd owen");
  });
  it("writes Mac as Mc at the start of a word, and only there", () => {
    expect(normaliseName("MacDonald")).toBe(normaliseName("McDonald"));
    expect(normaliseName("Ewan Mac-Donald")).toBe("ewan mac donald");
    expect(normaliseName("Mack")).toBe("mack");
    expect(normaliseName("Kamacho")).toBe("kamacho");
  });
});

describe("nameScore (the ranking the SQL mirrors)", () => {
  const key = (s: string) => normaliseName(s);
  it("matches either order", () => {
    expect(nameScore(key("James Mockridge"), key("Mockridge James"))).toBe(1);
  });
  it("tolerates typos and transpositions", () => {
    for (const [typed, stored] of [
      ["Mockrige", "Mockridge Jamie"],
      ["Mokcridge", "Mockridge Jamie"],
      ["Jamie Mockrdge", "Mockridge Jamie"],
    ])
      expect(nameScore(key(typed!), key(stored!))).toBeGreaterThanOrEqual(NAME_MATCH_THRESHOLD);
  });
  it("leaves sound-alike spellings to the SQL's double metaphone (Smyth is Smith)", () => {
    expect(nameScore(key("Smyth"), key("Smith Alan"))).toBeLessThan(NAME_MATCH_THRESHOLD);
  });
  it("finds a hyphenated name by either part, or typed without the hyphen", () => {
    expect(nameScore(key("Jones"), key("Smith-Jones Amy"))).toBe(1);
    expect(nameScore(key("Smith Jones"), key("Smith-Jones Amy"))).toBe(1);
    expect(nameScore(key("smithjones"), key("Smith-Jones Amy"))).toBeGreaterThanOrEqual(NAME_MATCH_THRESHOLD);
  });
  it("matches Mc and Mac spellings", () => {
    expect(nameScore(key("MacDonald"), key("McDonald Ewan"))).toBe(1);
  });
  it("ranks a better match above a worse one, and refuses an unrelated name", () => {
    const exact = nameScore(key("Mockridge"), key("Mockridge Jamie"));
    const typo = nameScore(key("Mockridge"), key("Mockrage Jamie"));
    expect(exact).toBeGreaterThan(typo);
    expect(nameScore(key("Mockridge"), key("Patel Priya"))).toBeLessThan(NAME_MATCH_THRESHOLD);
    expect(nameScore(key("Mockridge"), key("Moore Bridget"))).toBeLessThan(NAME_MATCH_THRESHOLD);
  });
});

describe("readQuery", () => {
  it("answers empty and one-character input with a message, never an error", () => {
    for (const raw of ["", "   ", undefined, null, 42, "a", " % ", "*", "😀"]) {
      const read = readQuery(raw);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.message).toMatch(/^Enter /);
    }
  });
  it("cuts 5,000 characters to the first hundred and says so", () => {
    const read = readQuery("x".repeat(5000));
    expect(read.ok && read.terms.text.length).toBe(MAX_QUERY_LENGTH);
    expect(read.ok && read.notice).toMatch(/first 100 characters/);
  });
  it("drops NUL bytes and lone surrogates, ignores emoji in names", () => {
    expect(terms("Mock\u0000ridge").text).toBe("Mock ridge");
    expect(terms("Mockridge \uD800").text).toBe("Mockridge");
    expect(terms("Mockridge 😀").nameKey).toBe("mockridge");
  });
  it("keeps wildcards and SQL-ish text as text", () => {
    expect(terms("50%_off*").text).toBe("50%_off*");
    expect(terms('\'; drop table "Person"; --').nameKey).toBe("drop table person");
    expect(likeLiteral("50%_off\\")).toBe("50\\%\\_off\\\\");
  });
  it("reads references, dates and referral numbers", () => {
    expect(terms("cg-syn-2023-000123")).toMatchObject({ reference: "CG-SYN-2023-000123", hasDigit: true });
    expect(terms("syn-n 0001").reference).toBe("SYN-N0001");
    expect(terms("31/08/2022").day).toBe("2022-08-31");
    expect(terms("31 Aug 2022").day).toBe("2022-08-31");
    expect(terms("R123").referralId).toBe(123);
    expect(terms("#45").referralId).toBe(45);
    expect(terms("7").referralId).toBe(7);
    expect(terms("Mockridge").referralId).toBeNull();
  });
});

describe("readQuery: references are not names", () => {
  it("searches one word holding digits as a reference only", () => {
    expect(terms("CG-SYN-2023-000123").hasName).toBe(false);
    expect(terms("SYN-N00500000").hasName).toBe(false);
    expect(terms("Norbley 2007").hasName).toBe(true);
    expect(terms("Norbley").hasName).toBe(true);
  });
});
