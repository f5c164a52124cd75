"use client";

import { deferred } from "@/components/forms/deferred-form";

export const InvestigationForm = deferred(() =>
  import("./investigation-form").then((m) => m.InvestigationForm),
);
