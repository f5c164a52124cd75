import "server-only";
import PDFDocument from "pdfkit";
import {
  contentsPagesNeeded,
  MARKING,
  pageLabel,
  type PdfBlock,
  type PdfDocumentInput,
} from "@/lib/pdf/layout";

// One way to print a forum document (agenda pack, minutes) as a PDF: A4, Helvetica (a standard
// PDF font, so nothing is embedded or fetched), the marking in the header and footer of every
// page, "Page n of m", a contents list with page numbers, numbered sections and items. The numbers
// are the caller's, so the PDF uses exactly the numbers shown on screen.

const MARGIN = 56;
const BODY = 10;
const GREY = "#505a5f";

type Doc = InstanceType<typeof PDFDocument>;

/** Renders the document; resolves with the PDF bytes. */
export async function renderPdf(input: PdfDocumentInput): Promise<Buffer> {
  const marking = input.marking ?? MARKING;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN + 14, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: input.title, Subject: marking, Creator: "Captiva Guardian" },
    lang: "en-GB",
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  // Title page, then room for the contents, which are written last (their page numbers are only
  // known once the body is laid out).
  doc.font("Helvetica-Bold").fontSize(20).text(input.title);
  doc.moveDown(0.3);
  doc
    .font("Helvetica")
    .fontSize(BODY + 1)
    .fillColor(GREY);
  for (const line of input.subtitle ?? []) doc.text(line);
  doc.fillColor("black").moveDown(1);
  const contentsTop = doc.y;
  const entries = input.sections.flatMap((s) => [
    { label: `${s.number}. ${s.title}`, indent: 0 },
    ...s.items.map((i) => ({ label: `${i.number} ${i.title}`, indent: 16 })),
  ]);
  const lineHeight = BODY * 1.6;
  const firstPageLines = Math.floor(
    (doc.page.height - doc.page.margins.bottom - contentsTop - 30) / lineHeight,
  );
  const otherPageLines = Math.floor(
    (doc.page.height - doc.page.margins.top - doc.page.margins.bottom) / lineHeight,
  );
  const contentsPages = contentsPagesNeeded(entries.length, firstPageLines, otherPageLines);
  for (let p = 1; p < contentsPages; p++) doc.addPage();

  const pageOf = new Map<string, number>();
  for (const section of input.sections) {
    doc.addPage();
    pageOf.set(`${section.number}. ${section.title}`, currentPage(doc));
    doc.font("Helvetica-Bold").fontSize(15).text(`${section.number}. ${section.title}`);
    doc.moveDown(0.4);
    writeBlocks(doc, section.blocks ?? []);
    if (section.items.length === 0 && (section.blocks ?? []).length === 0) {
      doc.font("Helvetica").fontSize(BODY).fillColor(GREY).text("No items.").fillColor("black");
    }
    for (const item of section.items) {
      keepWithNext(doc, 60);
      pageOf.set(`${item.number} ${item.title}`, currentPage(doc));
      doc.moveDown(0.6);
      doc.font("Helvetica-Bold").fontSize(12).text(`${item.number} ${item.title}`);
      doc.moveDown(0.2);
      writeBlocks(doc, item.blocks);
    }
  }

  writeContents(doc, entries, pageOf, contentsTop, firstPageLines, otherPageLines, lineHeight);
  stampEveryPage(doc, marking);
  doc.end();
  return finished;
}

function currentPage(doc: Doc): number {
  return doc.bufferedPageRange().start + doc.bufferedPageRange().count;
}

function keepWithNext(doc: Doc, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function writeBlocks(doc: Doc, blocks: PdfBlock[]) {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  for (const block of blocks) {
    doc.font("Helvetica").fontSize(BODY).fillColor("black");
    if (block.kind === "paragraph") {
      doc.text(block.text, { width });
    } else if (block.kind === "note") {
      doc.font("Helvetica-Oblique").text(block.text, { width });
    } else if (block.kind === "list") {
      doc.list(block.items, { width, bulletRadius: 1.5, textIndent: 10 });
    } else {
      for (const [label, value] of block.rows) {
        keepWithNext(doc, BODY * 2);
        const y = doc.y;
        doc.font("Helvetica-Bold").text(label, doc.page.margins.left, y, { width: 140 });
        const labelBottom = doc.y;
        doc.font("Helvetica").text(value || "—", doc.page.margins.left + 150, y, { width: width - 150 });
        doc.y = Math.max(doc.y, labelBottom);
        doc.x = doc.page.margins.left;
      }
    }
    doc.moveDown(0.4);
  }
}

function writeContents(
  doc: Doc,
  entries: { label: string; indent: number }[],
  pageOf: Map<string, number>,
  top: number,
  firstPageLines: number,
  otherPageLines: number,
  lineHeight: number,
) {
  doc.switchToPage(0);
  doc.y = top;
  doc.font("Helvetica-Bold").fontSize(14).text("Contents");
  let y = doc.y + 8;
  let page = 0;
  let left = firstPageLines;
  const right = doc.page.width - doc.page.margins.right;
  for (const entry of entries) {
    if (left === 0) {
      page += 1;
      doc.switchToPage(page);
      y = doc.page.margins.top;
      left = otherPageLines;
    }
    const x = doc.page.margins.left + entry.indent;
    doc.font(entry.indent ? "Helvetica" : "Helvetica-Bold").fontSize(BODY);
    doc.text(entry.label, x, y, { width: right - x - 40, lineBreak: false, ellipsis: true });
    doc.text(String(pageOf.get(entry.label) ?? ""), right - 40, y, {
      width: 40,
      align: "right",
      lineBreak: false,
    });
    y += lineHeight;
    left -= 1;
  }
}

function stampEveryPage(doc: Doc, marking: string) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing inside the margins would otherwise make pdfkit start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const width = doc.page.width - 2 * MARGIN;
    doc.font("Helvetica-Bold").fontSize(BODY).fillColor("black");
    doc.text(marking, MARGIN, MARGIN - 24, { width, align: "center", lineBreak: false });
    doc.text(marking, MARGIN, doc.page.height - MARGIN + 4, { width, align: "center", lineBreak: false });
    doc
      .font("Helvetica")
      .fontSize(BODY - 1)
      .fillColor(GREY);
    doc.text(pageLabel(i - start + 1, count), MARGIN, doc.page.height - MARGIN + 18, {
      width,
      align: "right",
      lineBreak: false,
    });
    doc.fillColor("black");
    doc.page.margins.bottom = bottom;
  }
}
