"use client";

import { deferred } from "@/components/forms/deferred-form";

export const PlanLineForm = deferred(() => import("./plan-line-form").then((m) => m.PlanLineForm));
