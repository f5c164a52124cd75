import Link from "next/link";
import { Tag } from "@/components/ui/tag";
import { NETWORK_NODE_TYPES, NODE_TYPE_LABELS } from "@/lib/links/rules";
import type { Network } from "@/lib/links/network";

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
        const headingId = `network-${type}-title`;
        return (
          <section key={type} aria-labelledby={headingId} data-testid={`network-${type}`}>
            <h2 className="govuk-heading-m" id={headingId}>
              {NODE_TYPE_LABELS[type].many} ({nodes.length})
            </h2>
            {nodes.length === 0 ? (
              <p className="govuk-body">None within two steps.</p>
            ) : (
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-visually-hidden">
                  {NODE_TYPE_LABELS[type].many}, nearest first
                </caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      {NODE_TYPE_LABELS[type].one}
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Distance
                    </th>
                    <th scope="col" className="govuk-table__header">
                      How it is linked
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {nodes.map((n) => (
                    <tr className="govuk-table__row" key={n.key} data-testid="network-node" data-key={n.key}>
                      <td className="govuk-table__cell">
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
                      </td>
                      <td className="govuk-table__cell">{steps(n.distance)}</td>
                      <td className="govuk-table__cell">{n.reason || "Where this view starts"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </div>
  );
}
