import type { Metadata } from "next";
import { Tag } from "@/components/ui/tag";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { formatDate } from "@/lib/format/dates";
import { getOffenceIntelligence } from "@/lib/offences/server/get-offence-intelligence";
import { loadSection, parseOffenceId } from "@/app/offences/[id]/(record)/load-section";

export const metadata: Metadata = { title: "Offence record – intelligence" };

type Props = { params: Promise<{ id: string }> };

export default async function OffenceIntelligencePage({ params }: Props) {
  const actor = await requirePageActor("intel.read");
  const offenceId = parseOffenceId((await params).id);
  const items = await loadSection(() => getOffenceIntelligence({ actor, offenceId }));

  return (
    <>
      <h2 className="govuk-heading-m">Intelligence</h2>
      {items.length === 0 ? <p className="govuk-body">No intelligence is linked to this offence.</p> : null}
      <ul className="govuk-list" data-testid="offence-intelligence">
        {items.map((item) =>
          item.restricted ? (
            <li key={item.id} className="govuk-inset-text" data-testid="restricted-intelligence">
              <p className="govuk-body govuk-!-margin-bottom-1">
                <Tag colour="red">Restricted</Tag> Received {formatDate(item.receivedOn)}
              </p>
              <p className="govuk-body">
                Restricted intelligence item – ask the analyst or chair (submitted by {item.submittedBy}).
              </p>
            </li>
          ) : (
            <li key={item.id} className="govuk-inset-text" data-testid="intelligence-item">
              <p className="govuk-body govuk-!-margin-bottom-1">
                <strong>{item.reference}</strong> · received {formatDate(item.receivedOn)} · graded{" "}
                <Tag colour={item.handlingCode === "C" ? "red" : "blue"}>{item.grading}</Tag>
              </p>
              <p className="govuk-body">{item.text}</p>
              {item.handlingConditions ? (
                <p className="govuk-body govuk-!-font-weight-bold">Handling conditions: {item.handlingConditions}</p>
              ) : null}
              <p className="govuk-body-s">Submitted by {item.submittedBy}</p>
            </li>
          ),
        )}
      </ul>
    </>
  );
}
