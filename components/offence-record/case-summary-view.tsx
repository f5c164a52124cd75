import { SummaryList } from "@/components/ui/summary-list";
import type { PdfBlock, PdfDocumentInput } from "@/lib/pdf/layout";

// The case summary's print view: the very document the PDF is made from (lib/offences/
// case-summary-document.ts), so paper and PDF hold the same sections, numbers and words. Each
// section starts a printed page (app/styles/_print.scss); the layout prints the marking.

export function CaseSummaryView({ document }: { document: PdfDocumentInput }) {
  return (
    <>
      <span className="govuk-caption-l">Case summary</span>
      <h1 className="govuk-heading-l">{document.title.replace(/^Case summary: /, "")}</h1>
      {(document.subtitle ?? []).map((line) => (
        <p key={line} className="govuk-body-s govuk-!-margin-bottom-1" data-testid="summary-printed">
          {line}
        </p>
      ))}
      {document.sections.map((s) => (
        <section
          key={s.number}
          className="app-pack-print__section govuk-!-margin-top-6"
          aria-labelledby={`summary-section-${s.number}`}
          data-testid="summary-section"
        >
          <h2 className="govuk-heading-m" id={`summary-section-${s.number}`}>
            {s.number}. {s.title}
          </h2>
          <Blocks blocks={s.blocks ?? []} />
          {s.items.map((item) => (
            <div key={item.number} className="app-pack-item" data-testid="summary-item">
              <h3 className="govuk-heading-s">
                {item.number} {item.title}
              </h3>
              <Blocks blocks={item.blocks} />
            </div>
          ))}
        </section>
      ))}
    </>
  );
}

function Blocks({ blocks }: { blocks: PdfBlock[] }) {
  return blocks.map((block, i) => {
    if (block.kind === "paragraph")
      return (
        <p key={i} className="govuk-body">
          {block.text}
        </p>
      );
    if (block.kind === "note")
      return (
        <p key={i} className="govuk-inset-text">
          {block.text}
        </p>
      );
    if (block.kind === "list")
      return (
        <ul key={i} className="govuk-list govuk-list--bullet">
          {block.items.map((text, j) => (
            <li key={j}>{text}</li>
          ))}
        </ul>
      );
    return <SummaryList key={i} rows={block.rows.map(([label, value]) => ({ label, value }))} />;
  });
}
