import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { getActor } from "@/lib/auth/server/get-actor";
import { pageParam } from "@/lib/pagination";
import { ChairHome, CHAIR_HOME_TITLE } from "@/components/home/chair-home";
import { AnalystHome, ANALYST_HOME_TITLE } from "@/components/home/analyst-home";
import { InvestigatorHome, INVESTIGATOR_HOME_TITLE } from "@/components/home/investigator-home";
import { PartnerHome } from "@/components/home/partner-home";
import { loadAnalystHome, loadChairHome, loadInvestigatorHome, loadPartnerHome } from "@/app/home-data";
import { HomeSavedViews } from "@/components/saved-views/home-saved-views";
import { can } from "@/lib/auth/permissions";
import { listSavedViews } from "@/lib/saved-views/server/list-saved-views";

// Each role has its own home (issue 3). The page picks it and loads its data (app/home-data.ts):
// every home's data functions check the permission and scope the rows themselves.

type SearchParams = Promise<{ page?: string | string[] }>;

export async function generateMetadata(): Promise<Metadata> {
  const actor = await getActor();
  const titles = {
    CHAIR: CHAIR_HOME_TITLE,
    ANALYST: ANALYST_HOME_TITLE,
    INVESTIGATOR: INVESTIGATOR_HOME_TITLE,
    PARTNER: "Referrals",
    ADMIN: "Administration",
  };
  return { title: actor ? titles[actor.role] : "Home" };
}

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor();
  const page = pageParam.parse((await searchParams).page);
  // Issue 18: every home but the administrator's ends with the user's saved views.
  const views = can(actor, "views.save") ? <HomeSavedViews views={await listSavedViews({ actor })} /> : null;

  switch (actor.role) {
    case "CHAIR":
      return (
        <>
          <ChairHome {...await loadChairHome(actor)} />
          {views}
        </>
      );
    case "ANALYST":
      return (
        <>
          <AnalystHome {...await loadAnalystHome(actor)} />
          {views}
        </>
      );
    case "INVESTIGATOR":
      return (
        <>
          <InvestigatorHome {...await loadInvestigatorHome(actor, page)} />
          {views}
        </>
      );
    case "PARTNER":
      return (
        <>
          <PartnerHome {...await loadPartnerHome(actor, page)} />
          {views}
        </>
      );
    case "ADMIN":
      // No case data for administrators: their home is the admin area.
      redirect("/admin");
  }
}
