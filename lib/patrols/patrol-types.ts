// The patrol types of the geofencing extract (seed paragraphs 27-28): neighbourhood foot, cycle and
// vehicle patrols, and the Serious Youth Violence Taskforce. A type outside this list is refused.

export const PATROL_TYPES = ["FOOT", "CYCLE", "VEHICLE", "TASKFORCE"] as const;
export type PatrolType = (typeof PATROL_TYPES)[number];

export const PATROL_TYPE_LABELS: Record<PatrolType, string> = {
  FOOT: "Foot",
  CYCLE: "Cycle",
  VEHICLE: "Vehicle",
  TASKFORCE: "SYV Taskforce",
};

export function patrolTypeOf(text: string): PatrolType | null {
  const value = text.trim().toUpperCase();
  return (PATROL_TYPES as readonly string[]).includes(value) ? (value as PatrolType) : null;
}
