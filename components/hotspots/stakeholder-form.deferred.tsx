"use client";

import { deferred } from "@/components/forms/deferred-form";

export const StakeholderForm = deferred(() => import("./stakeholder-form").then((m) => m.StakeholderForm));
