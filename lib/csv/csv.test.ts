import { describe, expect, it } from "vitest";
import { csvCell, csvHeader, csvRow } from "@/lib/csv/csv";

describe("csvCell", () => {
  it("leaves plain text, numbers and empty values alone", () => {
    expect(csvCell("Birmingham East")).toBe("Birmingham East");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("writes calendar dates as YYYY-MM-DD", () => {
    expect(csvCell(new Date("2023-03-31T00:00:00.000Z"))).toBe("2023-03-31");
  });

  it.each([
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", '"\'\rcmd"'],
  ])("neutralises a formula: %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("quotes commas, quotes, line breaks and edge spaces", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("line1\nline2")).toBe('"line1\nline2"');
    expect(csvCell(" padded ")).toBe('" padded "');
  });

  it("does not treat a formula character later in the text as a formula", () => {
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("CG/123-45")).toBe("CG/123-45");
  });
});

describe("csvRow and csvHeader", () => {
  it("joins cells with commas and ends with CRLF", () => {
    expect(csvRow(["a", 1, null, "x,y"])).toBe('a,1,,"x,y"\r\n');
  });

  it("starts the file with a byte-order mark", () => {
    expect(csvHeader(["A", "B"])).toBe("\uFEFFA,B\r\n");
  });
});
