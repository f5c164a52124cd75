import { describe, expect, it } from "vitest";
import { CsvFormatError, CsvReader, readCsvRecords } from "@/lib/imports/csv-reader";

function read(...chunks: string[]) {
  const reader = new CsvReader();
  return [...chunks.flatMap((c) => reader.push(c)), ...reader.end()];
}

async function collect(chunks: (string | Uint8Array)[]) {
  const out = [];
  for await (const record of readCsvRecords(
    (async function* () {
      yield* chunks;
    })(),
  ))
    out.push(record);
  return out;
}

describe("CsvReader", () => {
  it("reads plain fields, LF and CRLF line ends, and numbers records by the line they start on", () => {
    expect(read("a,b\r\n1,2\n3,4")).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1", "2"] },
      { line: 3, fields: ["3", "4"] },
    ]);
  });

  it("reads quoted fields with commas, doubled quotes and embedded line breaks", () => {
    const records = read('ref,summary\r\nA1,"Said ""run"", then\r\nleft"\r\nA2,x\r\n');
    expect(records[1]).toEqual({ line: 2, fields: ["A1", 'Said "run", then\r\nleft'] });
    expect(records[2]).toEqual({ line: 4, fields: ["A2", "x"] });
  });

  it("ignores a byte-order mark, blank lines and a missing final line break", () => {
    expect(read("\uFEFFa,b\n\n1,2")).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 3, fields: ["1", "2"] },
    ]);
  });

  it("keeps empty fields, including a trailing one", () => {
    expect(read("a,,c,\n")).toEqual([{ line: 1, fields: ["a", "", "c", ""] }]);
  });

  it("reads the same records whatever the chunk boundaries", () => {
    const text = 'h1,h2\r\n"x,""y""",z\r\n1,2\r\n';
    const whole = read(text);
    for (let cut = 1; cut < text.length; cut++)
      expect(read(text.slice(0, cut), text.slice(cut))).toEqual(whole);
  });

  it("refuses an unclosed quote, text after a closing quote, and binary data, naming the line", () => {
    expect(() => read('a\n"open')).toThrow(CsvFormatError);
    expect(() => read('a\n"x"y\n')).toThrow(/Text follows a closing quote/);
    try {
      read("a\nb\u0000c");
    } catch (error) {
      expect((error as CsvFormatError).line).toBe(2);
    }
    expect(() => read("a\nb\u0000c")).toThrow(/not a CSV/);
  });
});

describe("absurd column counts (issue 16)", () => {
  it("refuses a 200,000-column header at the limit, with a reason and the line", () => {
    const header = Array.from({ length: 200_000 }, (_, i) => `c${i}`).join(",");
    const error = (() => {
      try {
        read(header + "\n");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CsvFormatError);
    expect((error as CsvFormatError).message).toMatch(/more than 1,000 values/);
    expect((error as CsvFormatError).line).toBe(1);
  });

  it("refuses a data row with more values than the header, naming both counts", () => {
    const extra = ",x".repeat(200_000);
    expect(() => read(`a,b\n1,2\n3,4${extra}\n`)).toThrow(CsvFormatError);
    expect(() => read("a,b\n1,2,3\n")).toThrow(/3 values but the header row has 2 columns/);
  });

  it("still accepts empty trailing values beyond the header", () => {
    expect(read("a,b\n1,2,,\n")).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1", "2", "", ""] },
    ]);
  });
});

describe("readCsvRecords", () => {
  it("decodes UTF-8 split across chunks", async () => {
    const bytes = new TextEncoder().encode("name\nZoë\n");
    const records = await collect([bytes.slice(0, 7), bytes.slice(7)]);
    expect(records[1]!.fields).toEqual(["Zoë"]);
  });

  it("refuses text that is not UTF-8", async () => {
    await expect(collect([new Uint8Array([0x61, 0x0a, 0xff, 0xfe, 0x0a])])).rejects.toThrow(/not UTF-8/);
  });
});
