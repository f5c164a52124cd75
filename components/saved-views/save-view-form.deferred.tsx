"use client";

import { deferred } from "@/components/forms/deferred-form";

export const SaveViewForm = deferred(() => import("./save-view-form").then((m) => m.SaveViewForm));
