import { formatDate } from "@/lib/dates/format";
import type {
  ActionRow,
  OffenceRow,
  PackItem,
  ReferralFacts,
  ScrutinyRow,
  ThreatFacts,
  ThreatRow,
} from "@/lib/meetings/pack-types";

// The words the pack uses for each item's facts. The screen and the PDF both print these, so the
// two never disagree.

const date = (iso: string) => formatDate(new Date(`${iso}T00:00:00.000Z`));
const list = (xs: string[]) => (xs.length ? xs.join("; ") : "None recorded");
const words = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replaceAll("_", " ");

/** Label/value rows of an item's facts (the threat summary has its own table, see threatTable). */
export function factRows(item: PackItem): [string, string][] {
  const f = item.facts;
  if (f.kind === "case") {
    const c = f.case;
    const intel =
      c.intelligence.restricted == null
        ? `${c.intelligence.open} (P-coded only; restricted items are not counted for your role)`
        : `${c.intelligence.open + c.intelligence.restricted} (${c.intelligence.open} P, ${c.intelligence.restricted} C)`;
    return [
      ["Crime reference", c.crimeReference],
      ["Offence", `${c.offence} (${c.offenceCode})`],
      ["Recorded", date(c.recordedOn)],
      ["Place", c.hotspot ? `${c.npu}, hotspot ${c.hotspot}` : c.npu],
      ["Youngest victim's age", c.youngestVictimAge == null ? "Not known" : String(c.youngestVictimAge)],
      ["Victims", list(c.victims)],
      ["Suspects", list(c.suspects)],
      ["Investigation status", c.status ? words(c.status) : "No investigation"],
      ["Officer in charge", c.oic ?? "Not assigned"],
      ["Intelligence items", intel],
      ["Interventions", list(c.interventions)],
      ["Knife recovered", c.knifeRecovered ? "Yes" : "No"],
      ...(c.scrutinyReason != null
        ? [["Reason for scrutiny", c.scrutinyReason || "Not given"] as [string, string]]
        : []),
      ...(c.scrutinyReason != null && c.flaggedBy !== undefined
        ? [["Flagged by", c.flaggedBy ?? "Not recorded"] as [string, string]]
        : []),
    ];
  }
  if (f.kind === "action") {
    const a = f.action;
    return [
      ["Owner", a.owner],
      ["Due", date(a.dueOn)],
      ["Status", words(a.status)],
      ["Overdue", a.daysOverdue > 0 ? `${a.daysOverdue} days${a.escalated ? " (escalated)" : ""}` : "No"],
      ["Meetings carried", String(a.timesCarried)],
    ];
  }
  if (f.kind === "referral") {
    const r = f.referral;
    return [
      ["Person", r.person],
      ["Provider", `${r.provider} (${r.pathway})`],
      ["State", `${words(r.state)} since ${date(r.stateChangedOn)}`],
      ["Latest note", r.latestNote ?? "None"],
    ];
  }
  return [];
}

/** % change as the figures print it (docs/domain.md): one decimal, "n/a" when the base is 0. */
export function change(current: number, base: number): string {
  if (base === 0) return "n/a";
  const pct = ((current - base) / base) * 100;
  return `${pct > 0 ? "+" : ""}${pct.toFixed(1)}%`;
}

export const THREAT_COLUMNS = [
  "Area",
  "This period",
  "Previous period",
  "Change",
  "Same period last year",
  "Change",
] as const;

export function threatTable(rows: ThreatRow[]): string[][] {
  return rows.map((r) => [
    r.name,
    String(r.current),
    String(r.previous),
    change(r.current, r.previous),
    String(r.lastYear),
    change(r.current, r.lastYear),
  ]);
}

export function threatHeadline(t: ThreatFacts): string {
  const total = t.byNpu.reduce((a, r) => ({ c: a.c + r.current, p: a.p + r.previous, y: a.y + r.lastYear }), {
    c: 0,
    p: 0,
    y: 0,
  });
  return `${total.c} knife-used offences recorded ${date(t.period.from)} to ${date(t.period.to)} (previous period ${total.p}, ${change(total.c, total.p)}; same period last year ${total.y}, ${change(total.c, total.y)}). Knives recovered: ${t.knivesRecovered.current} (previous ${t.knivesRecovered.previous}, last year ${t.knivesRecovered.lastYear}).`;
}

// ---- The table items (issue 12): one line of words per row, shared by the screen, print and PDF.

/** The youngest victim's age as a band: the table is for triage, the item screen has the age. */
export function ageBand(age: number | null): string {
  if (age == null) return "Not known";
  if (age < 18) return "Under 18";
  if (age < 25) return "18–24";
  return "25 and over";
}

export function intelCount(i: { open: number; restricted: number | null }): string {
  return i.restricted == null ? `${i.open} (P only)` : String(i.open + i.restricted);
}

export const OFFENCE_COLUMNS = [
  "Crime reference",
  "Recorded",
  "Offence",
  "NPU / hotspot",
  "Youngest victim",
  "Knife recovered",
  "Officer in charge",
  "Investigation",
  "Intelligence",
  "Referrals",
] as const;

export function offenceCells(r: OffenceRow): string[] {
  return [
    r.crimeReference,
    date(r.recordedOn),
    `${r.offence} (${r.offenceCode})`,
    r.hotspot ? `${r.npu} / ${r.hotspot}` : r.npu,
    ageBand(r.youngestVictimAge),
    r.knifeRecovered ? "Yes" : "No",
    r.oic ?? "Not assigned",
    r.status ? words(r.status) : "No investigation",
    intelCount(r.intelligence),
    r.referrals.length ? r.referrals.join("; ") : "None",
  ];
}

export const SCRUTINY_COLUMNS = [
  "Crime reference",
  "Offence",
  "Flagged",
  "Reason for scrutiny",
  "Why listed",
  "Officer in charge",
  "Investigation",
] as const;

export function scrutinyCells(r: ScrutinyRow): string[] {
  return [
    r.crimeReference,
    `${r.offence}, recorded ${date(r.recordedOn)}`,
    `${r.flaggedOn ? date(r.flaggedOn) : "Date not recorded"} by ${r.flaggedBy ?? "not recorded"}`,
    r.reason || "Not given",
    r.lastDiscussedOn && r.why === "discussed before" ? `Discussed ${date(r.lastDiscussedOn)}` : words(r.why),
    r.oic ?? "Not assigned",
    words(r.status),
  ];
}

export const ACTION_COLUMNS = [
  "Action",
  "Owner",
  "Due",
  "RAG",
  "Status",
  "Meetings carried",
  "Last progress",
] as const;

export function actionCells(r: ActionRow): string[] {
  return [
    r.title,
    r.owner,
    date(r.dueOn),
    r.rag ? `${words(r.rag)}${r.escalated ? " (escalated)" : ""}` : "None",
    words(r.status),
    String(r.timesCarried),
    r.lastProgress ? `${date(r.lastProgress.on)}: ${r.lastProgress.note}` : "None recorded",
  ];
}

export const REFERRAL_COLUMNS = ["Person", "Provider", "State", "Latest note"] as const;

export function referralCells(r: ReferralFacts): string[] {
  return [
    r.person,
    `${r.provider} (${r.pathway})`,
    `${words(r.state)} since ${date(r.stateChangedOn)}`,
    r.latestNote ?? "None",
  ];
}

/** A table item's header and rows, or null for an item that is not a table. */
export function tableOf(
  item: PackItem,
): { columns: readonly string[]; rows: string[][]; empty: string } | null {
  const f = item.facts;
  if (f.kind === "offence-table")
    return {
      columns: OFFENCE_COLUMNS,
      rows: f.rows.map(offenceCells),
      empty: "No knife-used offences were recorded since the last meeting.",
    };
  if (f.kind === "scrutiny-table")
    return {
      columns: SCRUTINY_COLUMNS,
      rows: f.rows.map(scrutinyCells),
      empty: "No other case is flagged for scrutiny.",
    };
  if (f.kind === "action-table")
    return { columns: ACTION_COLUMNS, rows: f.rows.map(actionCells), empty: "No open actions to review." };
  if (f.kind === "referral-table")
    return {
      columns: REFERRAL_COLUMNS,
      rows: f.rows.map(referralCells),
      empty: "No referral changed state since the last meeting.",
    };
  return null;
}
