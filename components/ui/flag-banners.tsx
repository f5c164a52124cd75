import { SuccessBanner } from "@/components/forms/saved-banner";

// The success banners a record page shows after the redirect that brought the user back to it set
// `?flag=1` (submitted, graded, merged, referred): one banner per flag that is set, in this order.

type Query = Record<string, string | string[] | undefined>;

export type FlagBanner = { flag: string; message: string; testId: string };

export function FlagBanners({ query, banners }: { query: Query; banners: readonly FlagBanner[] }) {
  return banners
    .filter(({ flag }) => query[flag] === "1")
    .map(({ flag, message, testId }) => <SuccessBanner key={flag} message={message} testId={testId} />);
}
