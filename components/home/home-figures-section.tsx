import type { HomeSummary } from "@/lib/dashboard/server/get-home-summary";
import { HomeFigures } from "@/components/dashboard/home-figures";
import { HomeSection } from "@/components/home/home-section";

export function HomeFiguresSection({ summary }: { summary: HomeSummary }) {
  return (
    <HomeSection id="figures" title={`Figures for ${summary.performanceYear.label}`}>
      <HomeFigures summary={summary} />
    </HomeSection>
  );
}
