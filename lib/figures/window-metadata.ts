import type { Metadata } from "next";
import { todayInUk } from "@/lib/dates/day";
import { figureWindowFromParams } from "@/lib/figures/rules";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The `generateMetadata` of a page whose figures have an as-at date in the URL (figures, returns,
 * hotspots): "Error: " before the title when that date could not be used (GOV.UK error pattern).
 */
export function figureWindowMetadata(title: string) {
  return async function generateMetadata({
    searchParams,
  }: {
    searchParams: SearchParams;
  }): Promise<Metadata> {
    const window = figureWindowFromParams(await searchParams, todayInUk());
    return { title: window.asAtError ? `Error: ${title}` : title };
  };
}
