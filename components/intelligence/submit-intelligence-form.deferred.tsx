"use client";

import { deferred } from "@/components/forms/deferred-form";

export const SubmitIntelligenceForm = deferred(() =>
  import("./submit-intelligence-form").then((m) => m.SubmitIntelligenceForm),
);
