import type { IntelAssessment, SourceEvaluation } from "@/lib/generated/prisma/enums";
import { NPUS } from "@/lib/reference/npus";
import type { OffenceMeta } from "@/prisma/factories/build-offences";
import type { BuildContext } from "@/prisma/factories/context";
import { addMonths, isoAt, isoDay } from "@/prisma/factories/dates";
import type { Rng } from "@/prisma/factories/random";
import type {
  GradingFields,
  IntelligenceGradingRow,
  IntelligenceGroupRow,
  IntelligenceItemRow,
  IntelligenceOffenceRow,
  IntelligencePersonRow,
  OffenceRow,
  PersonRow,
} from "@/prisma/factories/rows";

// Intelligence items graded 3x5x2, about a fifth C-coded with handling conditions, each with its
// first grading in the history (and a few re-graded), linked to people, offences and groups.

export const HANDLING_CONDITIONS = [
  "Do not disseminate outside the Captiva Guardian forum without the source handler's agreement.",
  "Not for evidential use; a sanitised version is available from the Force Intelligence Bureau.",
  "Share only with the officer in charge; acting on it directly may identify the source.",
  "Partner agencies must not be told the origin of this information.",
  "Restricted to the SYV taskforce briefing; no onward sharing without the author's consent.",
];

const WEAPONS = ["a knife", "a machete", "a zombie-style knife", "a bladed article", "a lock knife"];
const PLACES = [
  "near a hotspot",
  "around the local shopping parade",
  "on the route to school",
  "at a park",
  "near the bus station",
  "at a block of flats",
];

export type BuiltIntelligence = {
  items: IntelligenceItemRow[];
  gradings: IntelligenceGradingRow[];
  persons: IntelligencePersonRow[];
  offences: IntelligenceOffenceRow[];
  groups: IntelligenceGroupRow[];
};

export function buildIntelligence(
  ctx: BuildContext,
  offences: OffenceRow[],
  meta: OffenceMeta[],
  groupsOfPerson: Map<number, number[]>,
): BuiltIntelligence {
  const rng = ctx.rng.fork("intelligence");
  const subjects: { person: PersonRow; offence: number }[] = [];
  meta.forEach((m, i) => m.suspects.forEach((person) => subjects.push({ person, offence: i })));
  const grouped = subjects.filter((s) => groupsOfPerson.has(s.person.id));
  const out: BuiltIntelligence = { items: [], gradings: [], persons: [], offences: [], groups: [] };
  const refSeq = new Map<string, number>();
  const span = ctx.todayDay - ctx.startDay;

  for (let n = 0; n < ctx.scale.intelligenceItems && subjects.length > 0; n++) {
    const id = n + 1;
    // Skewed to recent months: intelligence ages out of usefulness.
    const day = ctx.startDay + Math.floor(span * Math.sqrt(rng.next()));
    const subject = grouped.length && rng.chance(0.35) ? rng.pick(grouped) : rng.pick(subjects);
    const offence = offences[subject.offence]!;
    const npu = NPUS[offence.npuId - 1]!;
    const submitter = rng.chance(0.3)
      ? ctx.demo.analyst
      : rng.pick(ctx.investigatorsByNpu[offence.npuId - 1]!);
    const grading = gradeItem(rng);
    const year = isoDay(day).slice(0, 4);
    const seq = (refSeq.get(year) ?? 0) + 1;
    refSeq.set(year, seq);
    const createdAt = isoAt(day, rng.int(8, 20), rng.int(0, 59));
    const name = `${subject.person.forenames} ${subject.person.surname}`;
    const regraded = rng.chance(0.06);

    const item: IntelligenceItemRow = {
      id,
      reference: `CG-SYN-INT-${year}-${String(seq).padStart(5, "0")}`,
      ...grading,
      receivedOn: isoDay(day),
      text: intelText(rng, name, npu.name),
      locationText: rng.chance(0.7) ? `${npu.name}, ${rng.pick(PLACES)}` : null,
      latitude: offence.latitude,
      longitude: offence.longitude,
      submittedById: submitter,
      reviewOn: addMonths(isoDay(day), 12),
      createdAt,
      updatedAt: createdAt,
    };
    out.gradings.push({
      id: out.gradings.length + 1,
      itemId: id,
      ...grading,
      reason: "Initial grading",
      gradedById: submitter,
      gradedAt: createdAt,
    });
    if (regraded) {
      const later = Math.min(ctx.todayDay, day + rng.int(3, 60));
      const regrade = {
        ...grading,
        assessment: "B" as IntelAssessment,
        sourceEvaluation:
          grading.sourceEvaluation === "S3" ? ("S2" as SourceEvaluation) : grading.sourceEvaluation,
      };
      const at = isoAt(later, 16, 30);
      out.gradings.push({
        id: out.gradings.length + 1,
        itemId: id,
        ...regrade,
        reason: "Re-graded after corroboration by a second source",
        gradedById: ctx.demo.analyst,
        gradedAt: at,
      });
      Object.assign(item, regrade, { updatedAt: at });
    }
    out.items.push(item);

    if (rng.chance(0.92)) out.persons.push({ itemId: id, personId: subject.person.id, linkedAt: createdAt });
    const second = rng.chance(0.2) ? rng.pick(subjects).person : null;
    if (second && second.id !== subject.person.id)
      out.persons.push({ itemId: id, personId: second.id, linkedAt: createdAt });
    if (offence.recordedOn <= item.receivedOn && rng.chance(0.5))
      out.offences.push({ itemId: id, offenceId: offence.id, linkedAt: createdAt });
    const groupIds = groupsOfPerson.get(subject.person.id);
    if (groupIds && rng.chance(0.6))
      out.groups.push({ itemId: id, groupId: groupIds[0]!, linkedAt: createdAt });
  }
  return out;
}

function gradeItem(rng: Rng): GradingFields {
  const restricted = rng.chance(0.2);
  return {
    sourceEvaluation: rng.weighted<SourceEvaluation>([
      ["S1", 30],
      ["S2", 55],
      ["S3", 15],
    ]),
    assessment: rng.weighted<IntelAssessment>([
      ["A", 10],
      ["B", 35],
      ["C", 40],
      ["D", 12],
      ["E", 3],
    ]),
    handlingCode: restricted ? "C" : "P",
    handlingConditions: restricted ? rng.pick(HANDLING_CONDITIONS) : null,
  };
}

function intelText(rng: Rng, name: string, npu: string): string {
  const weapon = rng.pick(WEAPONS);
  const place = rng.pick(PLACES);
  return rng.pick([
    `${name} is reported to carry ${weapon} when travelling in ${npu}, usually in a rucksack.`,
    `${name} is said to be storing ${weapon} at an associate's address in ${npu}.`,
    `${name} is believed to be planning a retaliatory attack ${place} in ${npu} following a recent stabbing.`,
    `${name} has been seen ${place} in ${npu} with older males believed to be involved in supplying drugs.`,
    `${name} is reported to be buying knives online and selling them to younger children in ${npu}.`,
    `${name} is said to have been threatened with ${weapon} and may be at risk of further harm in ${npu}.`,
  ]);
}
