"use client";

import { deferred } from "@/components/forms/deferred-form";

export const RaiseActionForm = deferred(() => import("./raise-action-form").then((m) => m.RaiseActionForm));
