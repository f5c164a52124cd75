import { connection } from "next/server";
import { getHomeSummary, type HomeSummary } from "@/lib/dashboard/server/get-home-summary";
import { SERVICE_NAME } from "@/components/layout/site-header";
import { FiguresUnavailable, HomeFigures } from "@/components/dashboard/home-figures";
import { describeError } from "@/lib/health/describe-error";

export default async function HomePage() {
  await connection();
  const summary = await loadSummary();

  return (
    <>
      <h1 className="govuk-heading-xl">{SERVICE_NAME}</h1>
      <p className="govuk-body-l">
        Scrutiny of the most serious youth violence involving knives: investigations, intelligence and
        interventions.
      </p>
      {summary ? <HomeFigures summary={summary} /> : <FiguresUnavailable />}
    </>
  );
}

/** null when the database cannot be reached: the page says so instead of failing. */
async function loadSummary(): Promise<HomeSummary | null> {
  try {
    return await getHomeSummary();
  } catch (error) {
    console.error(`home page: figures unavailable: ${describeError(error)}`);
    return null;
  }
}
