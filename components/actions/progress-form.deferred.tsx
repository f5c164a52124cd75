"use client";

import { deferred } from "@/components/forms/deferred-form";

export const ProgressForm = deferred(() => import("./progress-form").then((m) => m.ProgressForm));
