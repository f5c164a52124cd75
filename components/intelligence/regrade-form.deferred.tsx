"use client";

import { deferred } from "@/components/forms/deferred-form";

export const RegradeForm = deferred(() => import("./regrade-form").then((m) => m.RegradeForm));
