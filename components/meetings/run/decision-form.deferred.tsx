"use client";

import { deferred } from "@/components/forms/deferred-form";

export const DecisionForm = deferred(() => import("./decision-form").then((m) => m.DecisionForm));
