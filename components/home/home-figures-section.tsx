import Link from "next/link";
import type { HomeSummary } from "@/lib/dashboard/types";
import { HomeFigures } from "@/components/dashboard/home-figures";
import { HomeSection } from "@/components/home/home-section";

export function HomeFiguresSection({ summary }: { summary: HomeSummary }) {
  return (
    <HomeSection id="figures" title={`Figures for ${summary.performanceYear.label}`}>
      <HomeFigures summary={summary} />
      <p className="govuk-body">
        <Link className="govuk-link" href="/figures" data-testid="all-figures-link">
          See all figures: year to date, outcomes, trend, NPUs and hotspots
        </Link>
      </p>
    </HomeSection>
  );
}
