import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getNextMeeting } from "@/lib/meetings/server/get-next-meeting";
import { listFlaggedInvestigations } from "@/lib/investigations/server/list-flagged-investigations";
import { listActionsNeedingAttention } from "@/lib/action-items/server/list-actions-needing-attention";
import { getHomeSummary } from "@/lib/dashboard/server/get-home-summary";
import { listMyActions } from "@/lib/action-items/server/list-my-actions";
import { listRaisedActions } from "@/lib/action-items/server/list-raised-actions";
import { listKnifeOffencesSinceLastMeeting } from "@/lib/offences/server/list-knife-offences-since-last-meeting";
import { listMyInvestigations } from "@/lib/investigations/server/list-my-investigations";
import { listProviderReferrals } from "@/lib/referrals/server/list-provider-referrals";
import { listEngagementUpdatesDue } from "@/lib/hotspots/server/list-engagement-updates-due";
import type { ChairHomeData } from "@/components/home/chair-home";
import type { AnalystHomeData } from "@/components/home/analyst-home";
import type { InvestigatorHomeData } from "@/components/home/investigator-home";
import type { PartnerHomeData } from "@/components/home/partner-home";

// The role homes' data, loaded by the home page (components receive DTOs, never call data
// functions). Each data function checks the permission and scopes the rows to the actor itself.
// The data functions start together: the pool runs a request's queries at most
// PER_REQUEST_CONNECTIONS at a time (lib/db/at-most.ts), in the order they were asked for, so the
// page keeps its two connections busy and never takes more (issue 15: the chair's home started 16
// queries at once, and fifty users arriving together filled the pool's queue). Measured on the
// demo data, this is faster than one data function at a time, alone and eight at once.

export async function loadChairHome(actor: Actor): Promise<ChairHomeData> {
  const [meeting, flagged, forumActions, summary, myActions, raised] = await Promise.all([
    getNextMeeting({ actor }),
    listFlaggedInvestigations({ actor }),
    listActionsNeedingAttention({ actor }),
    getHomeSummary({ actor }),
    listMyActions({ actor }),
    listRaisedActions({ actor }),
  ]);
  return { meeting, flagged, forumActions, summary, myActions, raised };
}

export async function loadAnalystHome(actor: Actor): Promise<AnalystHomeData> {
  const [meeting, offences, summary, myActions, engagementDue] = await Promise.all([
    getNextMeeting({ actor }),
    listKnifeOffencesSinceLastMeeting({ actor }),
    getHomeSummary({ actor }),
    listMyActions({ actor }),
    listEngagementUpdatesDue({ actor }),
  ]);
  return { meeting, offences, summary, myActions, engagementDue };
}

export async function loadInvestigatorHome(actor: Actor, page: number): Promise<InvestigatorHomeData> {
  const [cases, myActions] = await Promise.all([
    listMyInvestigations({ actor, page }),
    listMyActions({ actor }),
  ]);
  return { cases, myActions };
}

export async function loadPartnerHome(actor: Actor, page: number): Promise<PartnerHomeData> {
  const [referrals, myActions] = await Promise.all([
    listProviderReferrals({ actor, page }),
    listMyActions({ actor }),
  ]);
  return { referrals, myActions };
}
