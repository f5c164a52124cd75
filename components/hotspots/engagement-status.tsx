import { Tag } from "@/components/ui/tag";
import { formatDay } from "@/lib/dates/day";
import type { EngagementStatus } from "@/lib/hotspots/engagement-types";

// A hotspot's engagement plan in a list (/hotspots): flagged when it has none (seed paragraph 30:
// every hotspot must have one), "Update due" once its next update's day has come.

export function EngagementStatusText({ status }: { status: EngagementStatus | undefined }) {
  if (!status) return <Tag colour="orange">No plan</Tag>;
  if (status.updateDue) return <Tag colour="red">Update due {formatDay(status.nextUpdateDue)}</Tag>;
  return <>Next update {formatDay(status.nextUpdateDue)}</>;
}
