"use client";

import { deferred } from "@/components/forms/deferred-form";

export const EngagementPlanForm = deferred(() =>
  import("./engagement-plan-form").then((m) => m.EngagementPlanForm),
);
