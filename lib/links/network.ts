import type { AccessContext } from "@/lib/auth/schemas";
import type { NetworkNodeType, NetworkRoot } from "@/lib/links/rules";

// The link view's DTOs: what the server sends to the list and the diagram. Client-safe. A
// restricted (C-coded) item never reaches an actor without intel.restricted.read as a node or an
// edge (that would tell whom it is about, and whom it links): the person or offence it is on says
// only that restricted intelligence exists for it, and whom to ask (issue 13.13).

export type NetworkNode = {
  key: string;
  type: NetworkNodeType;
  id: number;
  label: string;
  /** A second line: offence description, grading, group type. */
  detail: string;
  /** Steps from the root (0 for the root itself). */
  distance: number;
  /** C-coded intelligence the actor may not read exists for this person or offence: ask an analyst. */
  restrictedIntel: boolean;
  href: string | null;
  /** How the node was reached: the link and the node it came through. Empty for the root. */
  reason: string;
};

export type NetworkEdge = { source: string; target: string; label: string };

export type Network = {
  root: NetworkRoot;
  rootLabel: string;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  cap: number;
  /** Items within two steps left out by the cap. */
  omitted: number;
  /** Whether groups were shown (groups.read). */
  includesGroups: boolean;
};

export type NetworkResult =
  { status: "ok"; network: Network } | { status: "reason-required"; context: AccessContext };
