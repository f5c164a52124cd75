import { buildGroups } from "@/prisma/factories/build-groups";
import { buildIntelligence } from "@/prisma/factories/build-intelligence";
import { buildInvestigations } from "@/prisma/factories/build-investigations";
import { buildMeetings } from "@/prisma/factories/build-meetings";
import { buildOffences } from "@/prisma/factories/build-offences";
import { buildReferrals } from "@/prisma/factories/build-referrals";
import { buildUsers } from "@/prisma/factories/build-users";
import { spanFor, type BuildContext } from "@/prisma/factories/context";
import { todayIso, type IsoDate } from "@/prisma/factories/dates";
import { Rng } from "@/prisma/factories/random";
import type { Dataset } from "@/prisma/factories/rows";
import { SCALES, type ScaleName } from "@/prisma/factories/scales";

export type DatasetOptions = {
  scale?: ScaleName;
  seed?: number;
  /** The reference "today"; tests fix it so the data never drifts with the calendar. */
  today?: IsoDate;
};

/**
 * The whole synthetic world as plain rows, with no database involved. The same options always
 * give the same rows.
 */
export function buildDataset(options: DatasetOptions = {}): Dataset {
  const scale = SCALES[options.scale ?? "demo"];
  const seed = options.seed ?? 1;
  const today = options.today ?? todayIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`today must be YYYY-MM-DD, not ${today}`);
  const rng = new Rng(seed);
  const { users, demo, investigatorsByNpu } = buildUsers(rng.fork("users"), scale.investigatorsPerNpu);
  const ctx: BuildContext = {
    rng,
    scale,
    today,
    ...spanFor(today, scale.fullYears),
    users,
    demo,
    investigatorsByNpu,
  };

  const offences = buildOffences(ctx);
  const investigations = buildInvestigations(ctx, offences.offences, offences.meta);
  const groups = buildGroups(ctx, offences.offences, offences.meta);
  const intelligence = buildIntelligence(ctx, offences.offences, offences.meta, groups.groupsOfPerson);
  const referrals = buildReferrals(ctx, offences.offences, offences.meta, investigations.investigations);
  const meetings = buildMeetings({
    ctx,
    offences: offences.offences,
    meta: offences.meta,
    investigations: investigations.investigations,
    referrals: referrals.referrals,
  });

  return {
    users,
    persons: offences.persons,
    offences: offences.offences,
    offencePersons: offences.offencePersons,
    investigations: investigations.investigations,
    investigationUpdates: investigations.updates,
    groups: groups.groups,
    groupMemberships: groups.memberships,
    groupOffences: groups.groupOffences,
    groupPlanLines: groups.planLines,
    intelligenceItems: intelligence.items,
    intelligenceGradings: intelligence.gradings,
    intelligencePersons: intelligence.persons,
    intelligenceOffences: intelligence.offences,
    intelligenceGroups: intelligence.groups,
    referrals: referrals.referrals,
    referralEvents: referrals.events,
    meetings: meetings.meetings,
    meetingAttendees: meetings.attendees,
    agendaItems: meetings.agendaItems,
    decisions: meetings.decisions,
    actionItems: meetings.actions,
    actionUpdates: meetings.actionUpdates,
  };
}

export function datasetCounts(data: Dataset): Record<keyof Dataset, number> {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, (v as unknown[]).length])) as Record<
    keyof Dataset,
    number
  >;
}
