"use client";

import { deferred } from "@/components/forms/deferred-form";

export const HarmWeightForm = deferred(() => import("./harm-weight-form").then((m) => m.HarmWeightForm));
