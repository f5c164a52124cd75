"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { Core, ElementDefinition, StylesheetJson } from "cytoscape";
import type { Network } from "@/lib/links/network";
import { TitledSection } from "@/components/ui/titled-section";

// The network as a diagram (cytoscape, loaded only when the user asks for it). It repeats the list
// above for sighted mouse users; it is not the accessible view, so the list comes first and the
// diagram is labelled as a picture of it.
//
// CSP: cytoscape's renderer adds an unnonced <style> element (".__________cytoscape_container
// { position: relative }") unless an element with its id already exists; our style-src refuses
// unnonced styles. So the component puts a placeholder element with that id in place and sets the
// container's position itself (CSSOM property changes are not inline styles and CSP allows them).

const CYTOSCAPE_STYLESHEET_ID = "__________cytoscape_stylesheet";

const STYLE: StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "font-size": 11,
      "font-family": "arial, helvetica, sans-serif",
      color: "#0b0c0c",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "ellipsis",
      "text-max-width": "140px",
      width: 26,
      height: 26,
      "border-width": 2,
      "border-color": "#0b0c0c",
    },
  },
  { selector: "node[type = 'person']", style: { shape: "ellipse", "background-color": "#1d70b8" } },
  { selector: "node[type = 'offence']", style: { shape: "rectangle", "background-color": "#d4351c" } },
  { selector: "node[type = 'intelligence']", style: { shape: "diamond", "background-color": "#f47738" } },
  { selector: "node[type = 'group']", style: { shape: "hexagon", "background-color": "#4c2c92" } },
  { selector: "node[?restrictedIntel]", style: { "border-style": "dashed" } },
  { selector: "node[distance = 0]", style: { width: 40, height: 40, "border-width": 4 } },
  { selector: "edge", style: { width: 1.5, "line-color": "#505a5f", "curve-style": "bezier" } },
];

export function NetworkDiagram({ network }: { network: Network }) {
  const [shown, setShown] = useState(false);
  return (
    <TitledSection titleId="network-diagram-title" title="Diagram">
      <p className="govuk-body">
        The same links as the list above, drawn as a diagram. Select a record in the diagram to open it.
      </p>
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        aria-expanded={shown}
        aria-controls="network-diagram"
        onClick={() => setShown((v) => !v)}
        data-testid="toggle-diagram"
      >
        {shown ? "Hide the diagram" : "Show the diagram"}
      </button>
      <div id="network-diagram">{shown ? <Diagram network={network} /> : null}</div>
    </TitledSection>
  );
}

function Diagram({ network }: { network: Network }) {
  const ref = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cy: Core | null = null;
    let cancelled = false;
    const container = ref.current;
    if (!container) return;
    container.style.position = "relative";
    container.style.height = "36rem";
    container.style.border = "1px solid #b1b4b6";
    if (!document.getElementById(CYTOSCAPE_STYLESHEET_ID)) {
      const placeholder = document.createElement("template");
      placeholder.id = CYTOSCAPE_STYLESHEET_ID;
      document.head.appendChild(placeholder);
    }
    const elements: ElementDefinition[] = [
      ...network.nodes.map((n) => ({
        data: {
          id: n.key,
          label: n.label,
          type: n.type,
          distance: n.distance,
          restrictedIntel: n.restrictedIntel,
          href: n.href ?? "",
        },
      })),
      ...network.edges.map((e, i) => ({
        data: { id: `edge-${i}`, source: e.source, target: e.target, label: e.label },
      })),
    ];
    import("cytoscape")
      .then(({ default: cytoscape }) => {
        if (cancelled) return;
        cy = cytoscape({
          container,
          elements,
          style: STYLE,
          layout: {
            name: "concentric",
            concentric: (node) => 10 - Number(node.data("distance")),
            levelWidth: () => 1,
            minNodeSpacing: 30,
            animate: false,
          },
          wheelSensitivity: 0.3,
        });
        cy.on("tap", "node", (event) => {
          const href = String(event.target.data("href"));
          if (href) router.push(href);
        });
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      cy?.destroy();
    };
  }, [network, router]);

  if (failed)
    return <p className="govuk-body">The diagram could not be drawn. The list above shows every link.</p>;
  return (
    <div
      ref={ref}
      role="img"
      aria-label={`Diagram of ${network.nodes.length} linked records; the list above names each one.`}
      className="govuk-!-margin-bottom-6"
      data-testid="network-canvas"
    />
  );
}
