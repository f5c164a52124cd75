// Reads a PDF back as text, page by page, so tests can check what a reader sees (the marking on
// every page, the contents, the item numbers) rather than trusting the writer. Test-only: pdfjs-dist
// is a dev dependency.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await pdf.destroy();
  return pages;
}

/**
 * What is wrong with a forum document's pages as read back: each page must carry the marking twice
 * (header and footer) and its own "Page n of m". Empty when all is well, so any test framework's
 * `toEqual([])` names the failing pages.
 */
export function pageMarkingProblems(pages: string[], marking = "OFFICIAL-SENSITIVE"): string[] {
  return pages.flatMap((text, i) => {
    const problems: string[] = [];
    const count = text.split(marking).length - 1;
    if (count !== 2) problems.push(`page ${i + 1}: the marking ${count} times, not 2`);
    if (!text.includes(`Page ${i + 1} of ${pages.length}`))
      problems.push(`page ${i + 1}: no "Page ${i + 1} of ${pages.length}"`);
    return problems;
  });
}
