import Link from "next/link";
import { Tag } from "@/components/ui/tag";
import { EmptyText, TitledSection } from "@/components/ui/titled-section";
import { NETWORK_NODE_TYPES, NODE_TYPE_LABELS } from "@/lib/links/rules";
import type { Network } from "@/lib/links/network";
import { Cell, DataTable } from "@/components/ui/data-table";

// The plain list of the network, grouped by kind of record, with how many steps away each is and
// the link it was reached by. It is the view for keyboard and screen-reader users, and the one
// shown first: the diagram below adds nothing the list does not say.

const steps = (n: number) => (n === 0 ? "This record" : n === 1 ? "1 step" : `${n} steps`);

export function NetworkList({ network }: { network: Network }) {
  const kinds = NETWORK_NODE_TYPES.filter((t) => t !== "group" || network.includesGroups);
  return (
    <div data-testid="network-list">
      {kinds.map((type) => {
        const nodes = network.nodes.filter((n) => n.type === type);
        return (
          <TitledSection
            key={type}
            titleId={`network-${type}-title`}
            testId={`network-${type}`}
            title={`${NODE_TYPE_LABELS[type].many} (${nodes.length})`}
          >
            {nodes.length === 0 ? (
              <EmptyText>None within two steps.</EmptyText>
            ) : (
              <DataTable
                caption={`${NODE_TYPE_LABELS[type].many}, nearest first`}
                columns={[NODE_TYPE_LABELS[type].one, "Distance", "How it is linked"]}
              >
                {nodes.map((n) => (
                  <tr className="govuk-table__row" key={n.key} data-testid="network-node" data-key={n.key}>
                    <Cell>
                      {n.href ? (
                        <Link className="govuk-link" href={n.href}>
                          {n.label}
                        </Link>
                      ) : (
                        n.label
                      )}
                      {n.detail ? (
                        <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
                          {n.detail}
                        </span>
                      ) : null}
                      {n.restrictedIntel ? (
                        <span
                          className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0"
                          data-testid="network-restricted-intel"
                        >
                          <Tag colour="red">Restricted intelligence</Tag> exists for this record: ask the
                          analyst team
                        </span>
                      ) : null}
                    </Cell>
                    <Cell>{steps(n.distance)}</Cell>
                    <Cell>{n.reason || "Where this view starts"}</Cell>
                  </tr>
                ))}
              </DataTable>
            )}
          </TitledSection>
        );
      })}
    </div>
  );
}
