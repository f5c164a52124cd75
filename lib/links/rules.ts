// The link view's pure rules: what a network root looks like in the URL, node keys, and the bound
// on what one view may show. Client-safe.

export const NETWORK_NODE_TYPES = ["person", "offence", "intelligence", "group"] as const;
export type NetworkNodeType = (typeof NETWORK_NODE_TYPES)[number];
export type NetworkRootType = Exclude<NetworkNodeType, "intelligence">;
export type NetworkRoot = { type: NetworkRootType; id: number };

/** How far the view reaches from its root. */
export const NETWORK_STEPS = 2;
/** The most items one view shows (root included): nearer items are kept first. */
export const NETWORK_NODE_CAP = 150;

export const NODE_TYPE_LABELS: Record<NetworkNodeType, { one: string; many: string }> = {
  person: { one: "Person", many: "Persons" },
  offence: { one: "Offence", many: "Offences" },
  intelligence: { one: "Intelligence item", many: "Intelligence" },
  group: { one: "Group", many: "Groups" },
};

/** `?from=person:12` → the root, or null for anything else. */
export function parseNetworkRoot(value: string | string[] | undefined): NetworkRoot | null {
  if (typeof value !== "string") return null;
  const match = /^(person|offence|group):([1-9]\d{0,9})$/.exec(value);
  if (!match) return null;
  const id = Number(match[2]);
  return id <= 2_147_483_647 ? { type: match[1] as NetworkRootType, id } : null;
}

export function nodeKey(type: NetworkNodeType, id: number): string {
  return `${type}:${id}`;
}

export function networkHref(root: NetworkRoot): string {
  return `/network?from=${root.type}:${root.id}`;
}

type Ranked = { type: NetworkNodeType; id: number; distance: number };

/**
 * The nodes one view keeps: nearest first (then persons, offences, groups, intelligence; then by
 * id, so the same data always gives the same picture), at most `cap`. Returns the kept nodes and how
 * many were left out.
 */
export function boundNodes<T extends Ranked>(
  nodes: readonly T[],
  cap: number = NETWORK_NODE_CAP,
): { kept: T[]; omitted: number } {
  const order: Record<NetworkNodeType, number> = { person: 0, offence: 1, group: 2, intelligence: 3 };
  const sorted = [...nodes].sort(
    (a, b) => a.distance - b.distance || order[a.type] - order[b.type] || a.id - b.id,
  );
  return { kept: sorted.slice(0, cap), omitted: Math.max(0, sorted.length - cap) };
}
