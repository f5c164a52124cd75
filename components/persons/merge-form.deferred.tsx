"use client";

import { deferred } from "@/components/forms/deferred-form";

export const MergeForm = deferred(() => import("./merge-form").then((m) => m.MergeForm));
