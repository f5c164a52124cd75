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
