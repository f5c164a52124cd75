"use client";

import { deferred } from "@/components/forms/deferred-form";

export const EngagementEntryForm = deferred(() =>
  import("./engagement-entry-form").then((m) => m.EngagementEntryForm),
);
