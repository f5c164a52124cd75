import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { getActor } from "@/lib/auth/server/get-actor";
import { pageParam } from "@/lib/pagination";
import { ChairHome, CHAIR_HOME_TITLE } from "@/components/home/chair-home";
import { AnalystHome, ANALYST_HOME_TITLE } from "@/components/home/analyst-home";
import { InvestigatorHome, INVESTIGATOR_HOME_TITLE } from "@/components/home/investigator-home";
import { PartnerHome } from "@/components/home/partner-home";

// Each role has its own home (issue 3). The page only picks it: every home's data functions
// check the permission and scope the rows themselves.

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

  switch (actor.role) {
    case "CHAIR":
      return <ChairHome actor={actor} />;
    case "ANALYST":
      return <AnalystHome actor={actor} />;
    case "INVESTIGATOR":
      return <InvestigatorHome actor={actor} page={page} />;
    case "PARTNER":
      return <PartnerHome actor={actor} page={page} />;
    case "ADMIN":
      // No case data for administrators: their home is the admin area.
      redirect("/admin");
  }
}
