import { describe, expect, it } from "vitest";
import { renderPdf } from "@/lib/pdf/document";
import { contentsPagesNeeded, pageLabel } from "@/lib/pdf/layout";
import { pdfPageTexts } from "@/lib/testing/pdf-text";

describe("contentsPagesNeeded", () => {
  it("fits short contents on the title page and spills long ones onto more pages", () => {
    expect(contentsPagesNeeded(0, 30, 45)).toBe(1);
    expect(contentsPagesNeeded(30, 30, 45)).toBe(1);
    expect(contentsPagesNeeded(31, 30, 45)).toBe(2);
    expect(contentsPagesNeeded(76, 30, 45)).toBe(3);
  });
});

describe("renderPdf", () => {
  it("marks every page in header and footer, numbers the pages and lists the contents", async () => {
    const long = Array.from(
      { length: 40 },
      (_, i) => `Line ${i + 1} of a long paragraph about the case.`,
    ).join(" ");
    const bytes = await renderPdf({
      title: "Agenda pack: Captiva Guardian",
      subtitle: ["8 Dec 2026 at 10am", "Version 1"],
      sections: Array.from({ length: 3 }, (_, s) => ({
        number: String(s + 1),
        title: `Section ${s + 1}`,
        items: Array.from({ length: 12 }, (_, i) => ({
          number: `${s + 1}.${i + 1}`,
          title: `Item ${s + 1}.${i + 1}`,
          blocks: [
            {
              kind: "facts" as const,
              rows: [
                ["Status", "Open"],
                ["Officer in charge", "DC Example"],
              ] as [string, string][],
            },
            { kind: "paragraph" as const, text: long },
            { kind: "note" as const, text: "Analyst note" },
          ],
        })),
      })),
    });
    const pages = await pdfPageTexts(bytes);
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((text, i) => {
      expect(text.match(/OFFICIAL-SENSITIVE/g)?.length, `page ${i + 1}`).toBe(2);
      expect(text).toContain(pageLabel(i + 1, pages.length));
    });
    expect(pages[0]).toContain("Contents");
    expect(pages[0]).toContain("1.1 Item 1.1");
    expect(pages.slice(1).join(" ")).toContain("3.12 Item 3.12");
  }, 30_000); // rendering and reading back ~10 pages; slow only on a busy machine
});
