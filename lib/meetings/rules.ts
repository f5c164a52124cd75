import type { AgendaItemKind } from "@/lib/enums";
import type { AgendaPack, PackItem } from "@/lib/meetings/pack-types";

// Pure rules of the agenda pack: its sections, the order proposals take, and what changed between
// two published versions.

/** The pack's sections in the order the forum takes them (the list), then other business. */
export const SECTIONS: { kind: AgendaItemKind; title: string }[] = [
  { kind: "NEW_OFFENCE", title: "New knife-used offences since the last meeting" },
  { kind: "SCRUTINY", title: "Cases flagged for scrutiny" },
  { kind: "OPEN_ACTION", title: "Open actions" },
  { kind: "REFERRAL_UPDATE", title: "Referral updates" },
  { kind: "THREAT_SUMMARY", title: "Threat summary" },
  { kind: "FREE", title: "Other business" },
];

export function sectionNumber(kind: AgendaItemKind): number {
  return SECTIONS.findIndex((s) => s.kind === kind) + 1;
}

/** Homicide (1) then attempted murder (2) are pinned at the top of the new offences. */
const PINNED_CODES = ["1", "2"];
const U25_BELOW = 25;

export type OffenceForOrder = {
  id: number;
  offenceCode: string;
  youngestVictimAge: number | null;
  recordedOn: Date;
};

/** Homicide, attempted murder or an under-25 victim: the new-offence table lists these first. */
export function isPriorityOffence(o: { offenceCode: string; youngestVictimAge: number | null }): boolean {
  return (
    PINNED_CODES.includes(o.offenceCode) || (o.youngestVictimAge != null && o.youngestVictimAge < U25_BELOW)
  );
}

/** New offences: homicide, attempted murder, then under-25 victims first; oldest recorded first within each. */
export function compareNewOffences(a: OffenceForOrder, b: OffenceForOrder): number {
  const pin = (o: OffenceForOrder) => {
    const i = PINNED_CODES.indexOf(o.offenceCode);
    return i === -1 ? PINNED_CODES.length : i;
  };
  const u25 = (o: OffenceForOrder) =>
    o.youngestVictimAge != null && o.youngestVictimAge < U25_BELOW ? 0 : 1;
  return pin(a) - pin(b) || u25(a) - u25(b) || a.recordedOn.getTime() - b.recordedOn.getTime() || a.id - b.id;
}

export type ActionForOrder = { id: number; dueOn: Date };

/**
 * Open actions: overdue on `today` first, then those due before the meeting; earliest due first in
 * each group.
 */
export function compareOpenActions(today: Date, a: ActionForOrder, b: ActionForOrder): number {
  const overdue = (x: ActionForOrder) => (x.dueOn.getTime() < today.getTime() ? 0 : 1);
  return overdue(a) - overdue(b) || a.dueOn.getTime() - b.dueOn.getTime() || a.id - b.id;
}

const DAY = 86_400_000;

/** Whole days from `from` to `to` (both UTC-midnight calendar dates); negative when `to` is earlier. */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY);
}

/** An action more than `escalationDays` past due is escalated to the forum's next agenda. */
export function isEscalated(dueOn: Date, today: Date, escalationDays: number): boolean {
  return daysBetween(dueOn, today) > escalationDays;
}

/** The previous period of the same length ending where this one starts, and the same span a year earlier. */
export function comparisonPeriods(from: Date, to: Date) {
  const length = to.getTime() - from.getTime();
  const yearEarlier = (d: Date) =>
    new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate()));
  return {
    current: { from, to },
    previous: { from: new Date(from.getTime() - length), to: from },
    lastYear: { from: yearEarlier(from), to: yearEarlier(to) },
  };
}

export type PackChange = {
  number: string;
  title: string;
  change: "added" | "removed" | "moved" | "annotated" | "retitled" | "rows";
  detail?: string;
};

/** What changed from one published version to the next, item by item (items keep their ids). */
export function diffPacks(before: AgendaPack, after: AgendaPack): PackChange[] {
  const items = (p: AgendaPack) =>
    new Map(p.sections.flatMap((s) => s.items).map((i): [number, PackItem] => [i.id, i]));
  const was = items(before);
  const now = items(after);
  const changes: PackChange[] = [];
  for (const [id, item] of now) {
    const old = was.get(id);
    if (!old) {
      changes.push({ number: item.number, title: item.title, change: "added" });
      continue;
    }
    if (old.title !== item.title)
      changes.push({
        number: item.number,
        title: item.title,
        change: "retitled",
        detail: `was “${old.title}”`,
      });
    if (old.number !== item.number)
      changes.push({ number: item.number, title: item.title, change: "moved", detail: `was ${old.number}` });
    const rows = tableRowChange(old, item);
    if (rows) changes.push({ number: item.number, title: item.title, change: "rows", detail: rows });
    if (old.annotation !== item.annotation) {
      changes.push({
        number: item.number,
        title: item.title,
        change: "annotated",
        detail: item.annotation ? `now “${item.annotation}”` : "note removed",
      });
    }
  }
  for (const [id, item] of was) {
    if (!now.has(id))
      changes.push({
        number: item.number,
        title: item.title,
        change: "removed",
        detail: `was ${item.number}`,
      });
  }
  return changes;
}

/** A table item's rows that came or went between two versions, in words ("2 added, 1 gone"). */
function tableRowChange(before: PackItem, after: PackItem): string | null {
  const keys = (item: PackItem): string[] | null => {
    const f = item.facts;
    if (f.kind === "offence-table") return f.rows.map((r) => `o${r.offenceId}`);
    if (f.kind === "action-table") return f.rows.map((r) => `a${r.actionItemId}`);
    if (f.kind === "referral-table") return f.rows.map((r) => `r${r.referralId}`);
    if (f.kind === "scrutiny-table") return f.rows.map((r) => `s${r.offenceId}`);
    return null;
  };
  const was = keys(before);
  const now = keys(after);
  if (!was || !now) return null;
  const added = now.filter((k) => !was.includes(k)).length;
  const gone = was.filter((k) => !now.includes(k)).length;
  if (added === 0 && gone === 0) return null;
  return [
    added ? `${added} ${added === 1 ? "row" : "rows"} added` : "",
    gone ? `${gone} ${gone === 1 ? "row" : "rows"} gone` : "",
  ]
    .filter(Boolean)
    .join(", ");
}

/** The pack for a role without intel.restricted.read: C-coded intelligence is not even counted. */
export function withoutRestrictedCounts(pack: AgendaPack): AgendaPack {
  const strip = (item: PackItem): PackItem => {
    if (item.facts.kind === "case") {
      return {
        ...item,
        facts: {
          kind: "case",
          case: {
            ...item.facts.case,
            intelligence: { open: item.facts.case.intelligence.open, restricted: null },
          },
        },
      };
    }
    if (item.facts.kind === "offence-table") {
      return {
        ...item,
        facts: {
          kind: "offence-table",
          rows: item.facts.rows.map((r) => ({
            ...r,
            intelligence: { open: r.intelligence.open, restricted: null },
          })),
        },
      };
    }
    return item;
  };
  return {
    ...pack,
    sections: pack.sections.map((s) => ({ ...s, items: s.items.map(strip) })),
    removed: pack.removed.map(strip),
  };
}
